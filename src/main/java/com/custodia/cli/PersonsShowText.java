package com.custodia.cli;

import com.custodia.policy.DataCategory;
import com.custodia.service.people.PersonRecordViews.CorrespondenceView;
import com.custodia.service.people.PersonRecordViews.ForumPostView;
import com.custodia.service.people.PersonRecordViews.JobApplicationView;
import com.custodia.service.people.PersonRecordViews.LicenseView;
import com.custodia.service.people.PersonRecordViews.OrderView;
import com.custodia.service.people.PersonRecordViews.PointOfContactView;
import com.custodia.service.people.PersonRecordViews.PreferenceView;
import com.custodia.service.people.PersonRecordViews.WebVisitPage;
import com.custodia.service.people.PersonRecordViews.WebVisitView;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The lines {@code persons show} prints for each category: one line per item, plain text, UTC times. */
final class PersonsShowText {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final PrintWriter out;

    PersonsShowText(PrintWriter out) {
        this.out = out;
    }

    void licenses(List<LicenseView> licenses, int max) {
        list(licenses, max, l -> l.key() + "  " + l.product() + " " + l.edition() + ", " + l.seats()
                + (l.seats() == 1 ? " seat" : " seats") + ", " + words(l.status()) + ", issued " + l.issuedOn()
                + (l.expiresOn() == null ? "" : ", expires " + l.expiresOn())
                + (l.upgradeUntil() == null ? "" : ", upgrades until " + l.upgradeUntil()));
    }

    void orders(List<OrderView> orders, int max) {
        list(orders, max, o -> time(o.orderedAt()) + "  " + o.product() + "  " + o.amount().toPlainString() + " "
                + o.currency() + card(o));
    }

    private static String card(OrderView o) {
        if (o.cardLast4() == null && o.cardBrand() == null) {
            return "";
        }
        return "  " + join(" ", o.cardBrand(), o.cardLast4() == null ? null : "…" + o.cardLast4())
                + (o.cardExpiry() == null ? "" : " exp " + o.cardExpiry());
    }

    void visits(WebVisitPage page) {
        out.println("  newest " + page.visits().size() + ":");
        for (WebVisitView v : page.visits()) {
            String search = v.searchEngine() == null ? (v.referrer() == null ? "" : "  from " + v.referrer())
                    : "  via " + v.searchEngine() + (v.searchKeywords() == null ? "" : " \"" + v.searchKeywords() + "\"");
            out.println("  " + time(v.visitedAt()) + "  " + v.ipAddress() + "  "
                    + join(" ", v.browser(), v.browserVersion()) + (v.language() == null ? "" : "  " + v.language())
                    + oneLine(search));
        }
    }

    void forumPosts(List<ForumPostView> posts, int max) {
        list(posts, max, p -> time(p.postedAt()) + "  " + p.email() + "  " + p.subject());
    }

    void correspondence(List<CorrespondenceView> letters, int max) {
        list(letters, max, c -> time(c.sentAt()) + "  " + (c.direction().name().equals("INBOUND") ? "from " : "to ")
                + c.email() + "  " + c.subject());
    }

    void applications(List<JobApplicationView> applications, int max) {
        list(applications, max, a -> time(a.appliedAt()) + "  " + a.position() + ", " + words(a.status()) + "  ("
                + join(", ", a.fullName(), a.email(), a.phone()) + ")");
    }

    void preferences(List<PreferenceView> preferences) {
        for (PreferenceView p : preferences) {
            String state = p.subscribed() ? "subscribed" : "declined";
            String why = p.mandatory() ? " (mandatory)" : p.recorded() ? " since " + time(p.since()) + ", " + p.source()
                    : " (no choice recorded)";
            out.println("  " + p.messageClass().label() + ": " + state + oneLine(why));
        }
    }

    void pointsOfContact(List<PointOfContactView> contacts, int max) {
        list(contacts, max, c -> time(c.occurredAt()) + "  " + c.reason().label()
                + (c.note() == null ? "" : "  " + c.note()));
    }

    void countOnly(DataCategory category, long n) {
        out.println("  " + n + " held; see the " + category.title().toLowerCase(Locale.ROOT) + " in the console");
    }

    private <T> void list(List<T> items, int max, Function<T, String> line) {
        items.stream().limit(max).forEach(item -> out.println("  " + oneLine(line.apply(item))));
        if (items.size() > max) {
            out.println("  … and " + (items.size() - max) + " more");
        }
    }

    static String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }

    /** An enum constant in lower-case words: TRIAL_USER → trial user. */
    static String words(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static String join(String separator, String... parts) {
        String joined = Stream.of(parts).filter(Objects::nonNull).filter(s -> !s.isBlank())
                .collect(Collectors.joining(separator));
        return joined.isEmpty() ? null : joined;
    }

    /** Line breaks, tabs and terminal control characters in stored text are shown as spaces. */
    static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\p{Cc}+", " ");
    }
}
