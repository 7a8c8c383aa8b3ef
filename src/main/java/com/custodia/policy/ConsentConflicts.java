package com.custodia.policy;

import com.custodia.domain.ConsentStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * When two person records may not be merged because of what their consents say (promise P1).
 *
 * <p>Two consents, one on each record, <b>conflict</b> when all of these hold:
 * <ol>
 *   <li>they are for the same purpose,</li>
 *   <li>they name at least one recipient in common and at least one data category in common
 *       (purposes, recipients and categories compared without regard to case and to surrounding
 *       or repeated white space),</li>
 *   <li>one is granted and the other withdrawn, and</li>
 *   <li>the withdrawal happened at or after the moment the granted one was given.</li>
 * </ol>
 * Merged, such a pair would leave the person's later "no" beside an earlier "yes" for the same
 * use, and the disclosure rules, which look for any granted consent, would follow the "yes". A
 * grant given after the withdrawal is a renewed consent, the person's latest word, and does not
 * conflict; neither does an expired consent, which ended by time and not by the person's choice.
 * A privacy officer settles a conflict (withdraws the grant or records a new consent) and merges
 * afterwards.
 */
public final class ConsentConflicts {

    /** What the rule reads of one consent. */
    public record Terms(long id, long personId, String purpose, Set<String> recipients, Set<String> categories,
                        ConsentStatus status, Instant givenAt, Instant withdrawnAt) {
        public Terms {
            Objects.requireNonNull(purpose);
            Objects.requireNonNull(status);
            Objects.requireNonNull(givenAt);
            recipients = Set.copyOf(recipients);
            categories = Set.copyOf(categories);
        }
    }

    /**
     * One conflicting pair: the consent still granted, the one withdrawn, what they share, and why
     * in a sentence for the operator.
     */
    public record Conflict(Terms granted, Terms withdrawn, Set<String> recipients, Set<String> categories,
                           String reason) {
    }

    private ConsentConflicts() {
    }

    /** Every conflicting pair between the consents of two records, ordered by the granted consent's id. */
    public static List<Conflict> between(List<Terms> one, List<Terms> other) {
        List<Conflict> out = new ArrayList<>();
        for (Terms a : one) {
            for (Terms b : other) {
                Conflict c = conflict(a, b);
                if (c == null) {
                    c = conflict(b, a);
                }
                if (c != null) {
                    out.add(c);
                }
            }
        }
        out.sort((x, y) -> Long.compare(x.granted().id(), y.granted().id()) != 0
                ? Long.compare(x.granted().id(), y.granted().id())
                : Long.compare(x.withdrawn().id(), y.withdrawn().id()));
        return out;
    }

    /** The conflict when {@code granted} is in force and {@code withdrawn} withdraws the same use later. */
    private static Conflict conflict(Terms granted, Terms withdrawn) {
        if (granted.status() != ConsentStatus.GRANTED || withdrawn.status() != ConsentStatus.WITHDRAWN) {
            return null;
        }
        if (!samePurpose(granted.purpose(), withdrawn.purpose())) {
            return null;
        }
        Set<String> recipients = common(granted.recipients(), withdrawn.recipients());
        Set<String> categories = common(granted.categories(), withdrawn.categories());
        if (recipients.isEmpty() || categories.isEmpty()) {
            return null;
        }
        Instant withdrawnAt = withdrawn.withdrawnAt() == null ? withdrawn.givenAt() : withdrawn.withdrawnAt();
        if (withdrawnAt.isBefore(granted.givenAt())) {
            return null;
        }
        String reason = "Consent " + granted.id() + " of person " + granted.personId() + " (\"" + granted.purpose()
                + "\", given " + granted.givenAt() + ") is still granted, but consent " + withdrawn.id() + " of person "
                + withdrawn.personId() + " for the same purpose was withdrawn later (" + withdrawnAt + ") for recipient"
                + (recipients.size() == 1 ? " " : "s ") + String.join(", ", recipients) + " and categor"
                + (categories.size() == 1 ? "y " : "ies ") + String.join(", ", categories) + ".";
        return new Conflict(granted, withdrawn, recipients, categories, reason);
    }

    static boolean samePurpose(String a, String b) {
        return normal(a).equals(normal(b));
    }

    private static String normal(String purpose) {
        return purpose.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The names of {@code a} that {@code b} also names, compared like purposes. */
    private static Set<String> common(Set<String> a, Set<String> b) {
        Set<String> keys = new TreeSet<>();
        b.forEach(name -> keys.add(normal(name)));
        Set<String> out = new TreeSet<>();
        a.stream().filter(name -> keys.contains(normal(name))).forEach(out::add);
        return out;
    }
}
