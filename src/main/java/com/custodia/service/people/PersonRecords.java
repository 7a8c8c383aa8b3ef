package com.custodia.service.people;

import com.custodia.domain.CommunicationPreference;
import com.custodia.domain.Correspondence;
import com.custodia.domain.CustomerOrder;
import com.custodia.domain.ForumPost;
import com.custodia.domain.JobApplication;
import com.custodia.domain.License;
import com.custodia.domain.MessageClass;
import com.custodia.domain.Person;
import com.custodia.domain.PointOfContact;
import com.custodia.domain.PointOfContactReason;
import com.custodia.domain.WebVisit;
import com.custodia.persistence.Database;
import com.custodia.policy.DataCategory;
import com.custodia.policy.EmailEligibility;
import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.service.people.PersonRecordViews.CategoryCount;
import com.custodia.service.people.PersonRecordViews.CorrespondenceView;
import com.custodia.service.people.PersonRecordViews.EmailDecision;
import com.custodia.service.people.PersonRecordViews.ForumPostView;
import com.custodia.service.people.PersonRecordViews.JobApplicationView;
import com.custodia.service.people.PersonRecordViews.LicenseView;
import com.custodia.service.people.PersonRecordViews.OrderView;
import com.custodia.service.people.PersonRecordViews.PersonOverview;
import com.custodia.service.people.PersonRecordViews.PersonProfile;
import com.custodia.service.people.PersonRecordViews.PointOfContactView;
import com.custodia.service.people.PersonRecordViews.PreferenceView;
import com.custodia.service.people.PersonRecordViews.VisitCursor;
import com.custodia.service.people.PersonRecordViews.WebVisitPage;
import com.custodia.service.people.PersonRecordViews.WebVisitView;
import com.custodia.service.security.AccessGuard;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.Session;

/**
 * Everything held about one person, category by category, as immutable views masked for the
 * reader (DESIGN.md sections 2 and 3; docs/decisions/0012). Full records need
 * {@link Permission#PERSON_VIEW}; licenses need {@link Permission#LICENSE_VIEW}, which partner
 * managers hold too; license keys are shown whole only with {@link Permission#LICENSE_KEY_VIEW}.
 * Readers with names only (administrators) get the names and a refusal for every category.
 */
public final class PersonRecords {

    /** The most visits one page holds. */
    public static final int MAX_PAGE = 500;

    private final Database database;
    private final AccessGuard guard;

    public PersonRecords(Database database, AccessGuard guard) {
        this.database = database;
        this.guard = guard;
    }

    // ---------------------------------------------------------------- Profile and overview

    /** The person's own fields, or only the names for readers who may see no more. */
    public PersonProfile profile(Principal actor, long personId) {
        guard.require(actor, Permission.PERSON_VIEW_NAMES, "see persons");
        return database.fromTransaction(s -> profile(actor, find(s, personId)));
    }

    /**
     * The profile and the number of records in each category. Categories the reader may not see
     * are listed with the reason instead of a count; listing them is not an attempt to read
     * them, so nothing is refused or logged.
     */
    public PersonOverview overview(Principal actor, long personId) {
        guard.require(actor, Permission.PERSON_VIEW_NAMES, "see persons");
        return database.fromTransaction(s -> {
            PersonProfile profile = profile(actor, find(s, personId));
            List<CategoryCount> counts = new ArrayList<>();
            for (DataCategory category : PersonRecordsQueries.COUNTED) {
                if (actor.may(category.permission())) {
                    counts.add(new CategoryCount(category, PersonRecordsQueries.count(s, category, personId), null));
                } else {
                    counts.add(new CategoryCount(category, null, "not shown to your roles"));
                }
            }
            return new PersonOverview(profile, List.copyOf(counts));
        });
    }

    // ---------------------------------------------------------------- Categories

    public List<LicenseView> licenses(Principal actor, long personId) {
        guard.require(actor, DataCategory.LICENSES.permission(), "see the licenses of a person");
        boolean keys = actor.may(Permission.LICENSE_KEY_VIEW);
        return list(personId, License.class, "issuedOn desc, id desc", l -> PersonRecordsQueries.license(l, keys));
    }

    public List<OrderView> orders(Principal actor, long personId) {
        guard.require(actor, DataCategory.ORDERS.permission(), "see the orders of a person");
        return list(personId, CustomerOrder.class, "orderedAt desc, id desc", PersonRecordsQueries::order);
    }

    /**
     * One page of the person's web visits, newest first: {@code after} is null for the first page
     * and the previous page's {@code next} for the following ones.
     */
    public WebVisitPage webVisits(Principal actor, long personId, VisitCursor after, int limit) {
        guard.require(actor, DataCategory.WEB_ANALYTICS.permission(), "see the web analytics of a person");
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("A page holds 1 to " + MAX_PAGE + " visits, not " + limit + ".");
        }
        return database.fromTransaction(s -> {
            find(s, personId);
            List<WebVisit> rows = PersonRecordsQueries.visits(s, personId, after, limit + 1);
            boolean more = rows.size() > limit;
            List<WebVisitView> page = rows.stream().limit(limit).map(PersonRecordsQueries::visit).toList();
            WebVisitView last = page.isEmpty() ? null : page.get(page.size() - 1);
            VisitCursor next = more ? new VisitCursor(last.visitedAt(), last.id()) : null;
            return new WebVisitPage(page, PersonRecordsQueries.count(s, DataCategory.WEB_ANALYTICS, personId), next);
        });
    }

    public List<ForumPostView> forumPosts(Principal actor, long personId) {
        guard.require(actor, DataCategory.FORUM_POSTS.permission(), "see the forum posts of a person");
        return list(personId, ForumPost.class, "postedAt desc, id desc",
                p -> new ForumPostView(p.getId(), p.getEmail(), p.getPostedAt(), p.getSubject()));
    }

    public List<CorrespondenceView> correspondence(Principal actor, long personId) {
        guard.require(actor, DataCategory.CORRESPONDENCE.permission(), "see the correspondence with a person");
        return list(personId, Correspondence.class, "sentAt desc, id desc",
                c -> new CorrespondenceView(c.getId(), c.getEmail(), c.getSentAt(), c.getSubject(), c.getDirection()));
    }

    public List<JobApplicationView> jobApplications(Principal actor, long personId) {
        guard.require(actor, DataCategory.JOB_APPLICATIONS.permission(), "see the job applications of a person");
        return list(personId, JobApplication.class, "appliedAt desc, id desc", PersonRecordsQueries::application);
    }

    public List<PointOfContactView> pointsOfContact(Principal actor, long personId) {
        guard.require(actor, DataCategory.POINTS_OF_CONTACT.permission(), "see the points of contact of a person");
        return list(personId, PointOfContact.class, "occurredAt desc, id desc",
                p -> new PointOfContactView(p.getId(), p.getReason(), p.getOccurredAt(), p.getNote()));
    }

    /** Every message class, with the person's recorded choice or the default (subscribed). */
    public List<PreferenceView> preferences(Principal actor, long personId) {
        guard.require(actor, DataCategory.COMMUNICATION_PREFERENCES.permission(),
                "see the communication preferences of a person");
        return database.fromTransaction(s -> {
            find(s, personId);
            Map<MessageClass, CommunicationPreference> chosen = choices(s, personId);
            List<PreferenceView> out = new ArrayList<>();
            for (MessageClass c : MessageClass.values()) {
                CommunicationPreference p = chosen.get(c);
                out.add(p == null
                        ? new PreferenceView(c, c.mandatory(), true, false, null, null)
                        : new PreferenceView(c, c.mandatory(), p.isSubscribed(), true, p.getSince(), p.getSource()));
            }
            return List.copyOf(out);
        });
    }

    /** Whether the vendor may email the person each class of message, and why (P9, P10). */
    public List<EmailDecision> emailEligibility(Principal actor, long personId) {
        guard.require(actor, DataCategory.COMMUNICATION_PREFERENCES.permission(),
                "check whether a person may be emailed");
        return database.fromTransaction(s -> {
            Person person = find(s, personId);
            Map<MessageClass, Boolean> choices = new EnumMap<>(MessageClass.class);
            choices(s, personId).forEach((c, p) -> choices.put(c, p.isSubscribed()));
            Set<PointOfContactReason> contacts = EnumSet.noneOf(PointOfContactReason.class);
            s.createSelectionQuery("select reason from PointOfContact where personId = :p", PointOfContactReason.class)
                    .setParameter("p", personId).getResultList().forEach(contacts::add);
            var recipient = new EmailEligibility.Recipient(person.getKind(),
                    person.getEmail() != null && !person.getEmail().isBlank(), choices, contacts);
            List<EmailDecision> out = new ArrayList<>();
            for (MessageClass c : MessageClass.values()) {
                EmailEligibility.Decision d = EmailEligibility.decide(recipient, c);
                out.add(new EmailDecision(c, d.allowed(), d.reason()));
            }
            return List.copyOf(out);
        });
    }

    // ---------------------------------------------------------------- Helpers

    private <E, V> List<V> list(long personId, Class<E> type, String order, Function<E, V> view) {
        return database.fromTransaction(s -> {
            find(s, personId);
            return s.createSelectionQuery("from " + type.getSimpleName() + " where personId = :p order by " + order,
                    type).setParameter("p", personId).getResultList().stream().map(view).toList();
        });
    }

    private static Map<MessageClass, CommunicationPreference> choices(Session s, long personId) {
        Map<MessageClass, CommunicationPreference> chosen = new EnumMap<>(MessageClass.class);
        s.createSelectionQuery("from CommunicationPreference where personId = :p", CommunicationPreference.class)
                .setParameter("p", personId).getResultList().forEach(p -> chosen.put(p.getMessageClass(), p));
        return chosen;
    }

    private static Person find(Session s, long personId) {
        Person p = s.find(Person.class, personId);
        if (p == null) {
            throw new IllegalArgumentException("There is no person with id " + personId + ".");
        }
        return p;
    }

    private static PersonProfile profile(Principal actor, Person p) {
        if (!actor.may(Permission.PERSON_VIEW)) {
            return new PersonProfile(p.getId(), true, null, null, p.getFirstName(), p.getLastName(), null, null, null,
                    null, null, null, null, null, null, null, null, null, 0);
        }
        return new PersonProfile(p.getId(), false, p.getExternalId(), p.getKind(), p.getFirstName(), p.getLastName(),
                p.getCompany(), p.getEmail(), p.getPhone(), p.getStreet(), p.getCity(), p.getPostalCode(),
                p.getCountry(), p.getLanguage(), p.getStatus(), p.getNotes(), p.getCreatedAt(), p.getUpdatedAt(),
                p.getVersion());
    }
}
