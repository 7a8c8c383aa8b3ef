package com.custodia.service.people;

import com.custodia.domain.CorrespondenceDirection;
import com.custodia.domain.JobApplicationStatus;
import com.custodia.domain.LicenseStatus;
import com.custodia.domain.MessageClass;
import com.custodia.domain.PersonKind;
import com.custodia.domain.PointOfContactReason;
import com.custodia.policy.DataCategory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The immutable views {@link PersonRecords} returns: one record per category of data, already
 * masked for the reader's roles. No view carries a live entity.
 */
public final class PersonRecordViews {

    private PersonRecordViews() {
    }

    /**
     * A person's own fields. For readers who may see names only, {@code namesOnly} is true and
     * every field but the id and the names is null.
     */
    public record PersonProfile(long id, boolean namesOnly, String externalId, PersonKind kind, String firstName,
                                String lastName, String company, String email, String phone, String street,
                                String city, String postalCode, String country, String language, String status,
                                String notes, Instant createdAt, Instant updatedAt, long version) {
    }

    /** How many records of one category a person has, or why the reader is not shown them. */
    public record CategoryCount(DataCategory category, Long count, String notShownBecause) {
        public boolean shown() {
            return count != null;
        }
    }

    /** A person's profile and the size of every category, for the detail header and {@code persons show}. */
    public record PersonOverview(PersonProfile profile, List<CategoryCount> categories) {
    }

    /** A license; {@code key} is masked ("XXXX-XXXX-XXXX-AB12") when {@code keyMasked}. */
    public record LicenseView(long id, String key, boolean keyMasked, String product, String edition, int seats,
                              LocalDate issuedOn, LocalDate expiresOn, LicenseStatus status, LocalDate upgradeUntil) {
    }

    /** An order; the card is what is held of it (never a whole number) and the token is not shown. */
    public record OrderView(long id, String product, Instant orderedAt, BigDecimal amount, String currency,
                            String cardBrand, String cardLast4, String cardExpiry, boolean cardTokenHeld) {
    }

    public record WebVisitView(long id, Instant visitedAt, String ipAddress, String browser, String browserVersion,
                               String language, String referrer, String searchEngine, String searchKeywords,
                               String pagesViewed, String addOns, Integer windowWidth, Integer windowHeight,
                               String cookieId) {
    }

    /** Where the next page of visits starts: after this visit, newest first. */
    public record VisitCursor(Instant visitedAt, long id) {
    }

    /** One page of a person's visits, newest first; {@code next} is null on the last page. */
    public record WebVisitPage(List<WebVisitView> visits, long total, VisitCursor next) {
    }

    public record ForumPostView(long id, String email, Instant postedAt, String subject) {
    }

    public record CorrespondenceView(long id, String email, Instant sentAt, String subject,
                                     CorrespondenceDirection direction) {
    }

    public record JobApplicationView(long id, String fullName, String address, String phone, String email,
                                     String employmentHistory, String position, JobApplicationStatus status,
                                     Instant appliedAt) {
    }

    /**
     * The state of one message class for a person. Without a recorded choice {@code recorded} is
     * false, {@code since} and {@code source} are null and the person is subscribed (the default).
     */
    public record PreferenceView(MessageClass messageClass, boolean mandatory, boolean subscribed, boolean recorded,
                                 Instant since, String source) {
    }

    public record PointOfContactView(long id, PointOfContactReason reason, Instant occurredAt, String note) {
    }

    /** Whether the vendor may email the person a message of this class, and why (P9, P10). */
    public record EmailDecision(MessageClass messageClass, boolean allowed, String reason) {
    }
}
