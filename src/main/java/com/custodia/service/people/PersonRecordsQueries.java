package com.custodia.service.people;

import com.custodia.domain.CustomerOrder;
import com.custodia.domain.JobApplication;
import com.custodia.domain.License;
import com.custodia.domain.PaymentCard;
import com.custodia.domain.WebVisit;
import com.custodia.policy.DataCategory;
import com.custodia.policy.Masking;
import com.custodia.service.people.PersonRecordViews.JobApplicationView;
import com.custodia.service.people.PersonRecordViews.LicenseView;
import com.custodia.service.people.PersonRecordViews.OrderView;
import com.custodia.service.people.PersonRecordViews.VisitCursor;
import com.custodia.service.people.PersonRecordViews.WebVisitView;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/** The queries and entity-to-view mappings behind {@link PersonRecords}. */
final class PersonRecordsQueries {

    /** The entity that holds each category counted per person, in the order screens list them. */
    private static final Map<DataCategory, String> ENTITY = Map.of(
            DataCategory.POINTS_OF_CONTACT, "PointOfContact",
            DataCategory.LICENSES, "License",
            DataCategory.ORDERS, "CustomerOrder",
            DataCategory.WEB_ANALYTICS, "WebVisit",
            DataCategory.FORUM_POSTS, "ForumPost",
            DataCategory.CORRESPONDENCE, "Correspondence",
            DataCategory.JOB_APPLICATIONS, "JobApplication",
            DataCategory.COMMUNICATION_PREFERENCES, "CommunicationPreference",
            DataCategory.CONSENTS, "Consent",
            DataCategory.CHANGE_HISTORY, "ChangeRecord");

    static final List<DataCategory> COUNTED = List.of(DataCategory.LICENSES, DataCategory.ORDERS,
            DataCategory.WEB_ANALYTICS, DataCategory.FORUM_POSTS, DataCategory.CORRESPONDENCE,
            DataCategory.JOB_APPLICATIONS, DataCategory.COMMUNICATION_PREFERENCES, DataCategory.POINTS_OF_CONTACT,
            DataCategory.CONSENTS, DataCategory.CHANGE_HISTORY);

    private PersonRecordsQueries() {
    }

    static long count(Session s, DataCategory category, long personId) {
        String entity = ENTITY.get(category);
        if (entity == null) {
            throw new IllegalArgumentException("Not counted per person: " + category);
        }
        return s.createSelectionQuery("select count(*) from " + entity + " where personId = :p", Long.class)
                .setParameter("p", personId).getSingleResult();
    }

    /** Newest first, by the index on (person, time); the id breaks ties between visits of the same instant. */
    static List<WebVisit> visits(Session s, long personId, VisitCursor after, int limit) {
        var query = after == null
                ? s.createSelectionQuery("from WebVisit where personId = :p order by visitedAt desc, id desc",
                        WebVisit.class)
                : s.createSelectionQuery("from WebVisit where personId = :p and (visitedAt, id) < (:at, :id)"
                        + " order by visitedAt desc, id desc", WebVisit.class)
                        .setParameter("at", after.visitedAt()).setParameter("id", after.id());
        return query.setParameter("p", personId).setMaxResults(limit).getResultList();
    }

    static LicenseView license(License l, boolean keys) {
        String key = keys ? l.getLicenseKey() : Masking.licenseKey(l.getLicenseKey());
        return new LicenseView(l.getId(), key, !keys, l.getProduct(), l.getEdition(), l.getSeats(), l.getIssuedOn(),
                l.getExpiresOn(), l.getStatus(), l.getUpgradeUntil());
    }

    static OrderView order(CustomerOrder o) {
        PaymentCard card = o.getCard();
        return new OrderView(o.getId(), o.getProduct(), o.getOrderedAt(), o.getAmount(), o.getCurrency(), card.brand(),
                card.last4(), card.expiry(), card.token() != null);
    }

    static WebVisitView visit(WebVisit v) {
        return new WebVisitView(v.getId(), v.getVisitedAt(), v.getIpAddress(), v.getBrowser(), v.getBrowserVersion(),
                v.getLanguage(), v.getReferrer(), v.getSearchEngine(), v.getSearchKeywords(), v.getPagesViewed(),
                v.getAddOns(), v.getWindowWidth(), v.getWindowHeight(), v.getCookieId());
    }

    static JobApplicationView application(JobApplication a) {
        return new JobApplicationView(a.getId(), a.getFullName(), a.getAddress(), a.getPhone(), a.getEmail(),
                a.getEmploymentHistory(), a.getPosition(), a.getStatus(), a.getAppliedAt());
    }
}
