package com.custodia.service.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.custodia.domain.ChangeContext;
import com.custodia.domain.CommunicationPreference;
import com.custodia.domain.Correspondence;
import com.custodia.domain.CorrespondenceDirection;
import com.custodia.domain.CustomerOrder;
import com.custodia.domain.ForumPost;
import com.custodia.domain.JobApplication;
import com.custodia.domain.JobApplicationStatus;
import com.custodia.domain.License;
import com.custodia.domain.LicenseStatus;
import com.custodia.domain.MessageClass;
import com.custodia.domain.PaymentCard;
import com.custodia.domain.Person;
import com.custodia.domain.PersonKind;
import com.custodia.domain.PointOfContact;
import com.custodia.domain.PointOfContactReason;
import com.custodia.domain.Role;
import com.custodia.domain.WebVisit;
import com.custodia.persistence.Database;
import com.custodia.policy.DataCategory;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.service.people.PersonRecordViews.CategoryCount;
import com.custodia.service.people.PersonRecordViews.EmailDecision;
import com.custodia.service.people.PersonRecordViews.PersonOverview;
import com.custodia.service.people.PersonRecordViews.PreferenceView;
import com.custodia.service.people.PersonRecordViews.VisitCursor;
import com.custodia.service.people.PersonRecordViews.WebVisitPage;
import com.custodia.service.people.PersonRecordViews.WebVisitView;
import com.custodia.service.security.AccessDeniedException;
import com.custodia.support.MutableClock;
import com.custodia.support.PostgresSchemas;
import com.custodia.support.TestWorkspaces;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Everything held about a person, per category, masked per role, on every engine. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class PersonRecordsContract {

    protected final MutableClock clock = new MutableClock();
    private Services services;
    private PersonRecords records;
    private long customer;
    private long forumMember;

    private final Principal sales = principal(Role.SALES_REPRESENTATIVE);
    private final Principal officer = principal(Role.PRIVACY_OFFICER);
    private final Principal partners = principal(Role.PARTNER_MANAGER);
    private final Principal admin = principal(Role.ADMINISTRATOR);
    private final Principal reviewer = principal(Role.OFFLINE_REVIEWER);

    protected abstract Services create();

    private static Principal principal(Role role) {
        return TestWorkspaces.principal(500 + role.ordinal(), role.name().toLowerCase(), role);
    }

    @BeforeAll
    void fill() {
        services = create();
        records = services.personRecords();
        Database db = services.database();
        ChangeContext ctx = new ChangeContext("olivia", "test data", clock.instant());
        customer = db.fromTransaction(ctx, s -> {
            Person p = new Person(PersonKind.CUSTOMER, "Ada", "Lovelace", clock.instant())
                    .withEmail("ada@example.com").withCompany("Analytical Engines");
            s.persist(p);
            s.flush();
            long id = p.getId();
            s.persist(new License(id, "ABCD-EFGH-IJKL-AB12", "Custodia Desk", "Pro", 5, LocalDate.of(2024, 3, 1),
                    LocalDate.of(2025, 3, 1), LicenseStatus.ACTIVE, LocalDate.of(2025, 3, 1)));
            s.persist(new CustomerOrder(id, "Custodia Desk Pro", clock.instant(), new BigDecimal("499.00"), "EUR",
                    PaymentCard.fromTyped("4111 1111 1111 1111", null, "09/27", "tok_abc")));
            s.persist(new ForumPost(id, "ada@example.com", clock.instant(), "How do I export?"));
            s.persist(new Correspondence(id, "ada@example.com", clock.instant(), "Your invoice",
                    CorrespondenceDirection.OUTBOUND));
            s.persist(new JobApplication(id, new JobApplication.Applicant("Ada Lovelace", "12 St James's Square",
                    "+44 20 7946 0000", "ada@example.com"), "Analyst, 1843", "Engineer", JobApplicationStatus.RECEIVED,
                    clock.instant()));
            s.persist(new CommunicationPreference(id, MessageClass.FEATURES, false, clock.instant(), "unsubscribe link"));
            return id;
        });
        forumMember = db.fromTransaction(ctx, s -> {
            Person p = new Person(PersonKind.FORUM_MEMBER, "Charles", "Babbage", clock.instant())
                    .withEmail("charles@example.com");
            s.persist(p);
            return p.getId();
        });
        // 25 visits, some at the same instant, so paging must break ties by id
        db.inStatelessTransaction(s -> {
            Instant t = Instant.parse("2024-05-01T10:00:00Z");
            for (int i = 0; i < 25; i++) {
                s.insert(new WebVisit(customer, t.plus(Duration.ofMinutes(i / 3)), "192.0.2." + i,
                        new WebVisit.Browser("Firefox", "126.0", "en-GB", 1440, 900, "uBlock Origin"),
                        new WebVisit.Arrival("https://duckduckgo.com/", "DuckDuckGo", "custody software"),
                        "/ /pricing", "c" + i));
            }
        });
    }

    @AfterAll
    void close() {
        if (services == null) {
            return;
        }
        var profile = services.profile();
        services.close();
        PostgresSchemas.drop(profile);
    }

    @Test
    void salesRepresentativesSeeEveryCategoryWithLicenseKeysMasked() {
        assertThat(records.licenses(sales, customer)).singleElement().satisfies(l -> {
            assertThat(l.key()).isEqualTo("XXXX-XXXX-XXXX-AB12");
            assertThat(l.keyMasked()).isTrue();
            assertThat(l.seats()).isEqualTo(5);
        });
        assertThat(records.orders(sales, customer)).singleElement().satisfies(o -> {
            assertThat(o.cardBrand()).isEqualTo("Visa");
            assertThat(o.cardLast4()).isEqualTo("1111");
            assertThat(o.cardExpiry()).isEqualTo("2027-09");
            assertThat(o.cardTokenHeld()).isTrue();
            assertThat(o.toString()).doesNotContain("4111111111111111").doesNotContain("tok_abc");
        });
        assertThat(records.forumPosts(sales, customer)).extracting(v -> v.subject()).containsExactly("How do I export?");
        assertThat(records.correspondence(sales, customer)).extracting(v -> v.direction())
                .containsExactly(CorrespondenceDirection.OUTBOUND);
        assertThat(records.jobApplications(sales, customer)).extracting(v -> v.position()).containsExactly("Engineer");
        assertThat(records.pointsOfContact(sales, customer)).isEmpty();
        assertThat(records.profile(sales, customer).email()).isEqualTo("ada@example.com");
    }

    @Test
    void privacyOfficersSeeLicenseKeysWhole() {
        assertThat(records.licenses(officer, customer)).singleElement()
                .satisfies(l -> assertThat(l.key()).isEqualTo("ABCD-EFGH-IJKL-AB12"));
    }

    @Test
    void partnerManagersSeeNamesAndLicensesButNoOtherCategory() {
        assertThat(records.licenses(partners, customer)).singleElement()
                .satisfies(l -> assertThat(l.keyMasked()).isFalse());
        var profile = records.profile(partners, customer);
        assertThat(profile.namesOnly()).isTrue();
        assertThat(profile.lastName()).isEqualTo("Lovelace");
        assertThat(profile.email()).isNull();
        assertThat(profile.company()).isNull();
        for (Consumer<Principal> read : categoryReadsOtherThanLicenses()) {
            assertThatThrownBy(() -> read.accept(partners)).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void administratorsGetNamesOnlyAndARefusalForEveryCategory() {
        assertThat(records.profile(admin, customer).namesOnly()).isTrue();
        List<Consumer<Principal>> all = new ArrayList<>(categoryReadsOtherThanLicenses());
        all.add(p -> records.licenses(p, customer));
        for (Consumer<Principal> read : all) {
            assertThatThrownBy(() -> read.accept(admin)).isInstanceOf(AccessDeniedException.class)
                    .hasMessageStartingWith("Your roles do not allow you to ");
        }
        assertThatThrownBy(() -> records.profile(reviewer, customer)).isInstanceOf(AccessDeniedException.class);
    }

    private List<Consumer<Principal>> categoryReadsOtherThanLicenses() {
        return List.of(p -> records.orders(p, customer), p -> records.webVisits(p, customer, null, 10),
                p -> records.forumPosts(p, customer), p -> records.correspondence(p, customer),
                p -> records.jobApplications(p, customer), p -> records.preferences(p, customer),
                p -> records.pointsOfContact(p, customer), p -> records.emailEligibility(p, customer));
    }

    @Test
    void theOverviewCountsWhatTheReaderMaySeeAndSaysWhatIsNotShown() {
        PersonOverview forSales = records.overview(sales, customer);
        assertThat(forSales.categories()).filteredOn(c -> c.category() == DataCategory.WEB_ANALYTICS)
                .extracting(CategoryCount::count).containsExactly(25L);
        assertThat(forSales.categories()).filteredOn(c -> c.category() == DataCategory.LICENSES)
                .extracting(CategoryCount::count).containsExactly(1L);

        PersonOverview forPartners = records.overview(partners, customer);
        assertThat(forPartners.categories()).filteredOn(CategoryCount::shown).extracting(CategoryCount::category)
                .containsExactly(DataCategory.LICENSES);
        assertThat(forPartners.categories()).filteredOn(c -> !c.shown())
                .allSatisfy(c -> assertThat(c.notShownBecause()).isEqualTo("not shown to your roles"));
        assertThat(records.overview(admin, customer).categories()).noneMatch(CategoryCount::shown);
    }

    @Test
    void webVisitsArePagedNewestFirstWithoutGapsOrRepeats() {
        List<WebVisitView> seen = new ArrayList<>();
        VisitCursor cursor = null;
        List<Integer> sizes = new ArrayList<>();
        do {
            WebVisitPage page = records.webVisits(sales, customer, cursor, 10);
            assertThat(page.total()).isEqualTo(25);
            sizes.add(page.visits().size());
            seen.addAll(page.visits());
            cursor = page.next();
        } while (cursor != null);

        assertThat(sizes).containsExactly(10, 10, 5);
        assertThat(seen).extracting(WebVisitView::id).doesNotHaveDuplicates().hasSize(25);
        for (int i = 1; i < seen.size(); i++) {
            assertThat(seen.get(i).visitedAt()).isBeforeOrEqualTo(seen.get(i - 1).visitedAt());
        }
        assertThatThrownBy(() -> records.webVisits(sales, customer, null, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void preferencesShowRecordedChoicesAndDefaults() {
        List<PreferenceView> prefs = records.preferences(sales, customer);
        assertThat(prefs).hasSize(MessageClass.values().length);
        assertThat(prefs).filteredOn(p -> p.messageClass() == MessageClass.FEATURES).singleElement().satisfies(p -> {
            assertThat(p.subscribed()).isFalse();
            assertThat(p.recorded()).isTrue();
            assertThat(p.source()).isEqualTo("unsubscribe link");
        });
        assertThat(prefs).filteredOn(p -> p.messageClass() == MessageClass.SECURITY).singleElement()
                .satisfies(p -> assertThat(p.subscribed() && p.mandatory() && !p.recorded()).isTrue());
    }

    @Test
    void emailEligibilityFollowsTheChoicesAndPointsOfContact() {
        List<EmailDecision> customerMail = records.emailEligibility(sales, customer);
        assertThat(customerMail).filteredOn(EmailDecision::allowed).extracting(EmailDecision::messageClass)
                .containsExactly(MessageClass.WELCOME, MessageClass.BILLING, MessageClass.TECHNICAL,
                        MessageClass.SECURITY, MessageClass.UPGRADES);

        assertThat(records.emailEligibility(sales, forumMember)).noneMatch(EmailDecision::allowed);
        services.database().inTransaction(new ChangeContext("sam", "support call", clock.instant()),
                s -> s.persist(new PointOfContact(forumMember, PointOfContactReason.SUPPORT_REQUESTED, clock.instant(),
                        "asked about installing")));
        assertThat(records.emailEligibility(sales, forumMember)).allMatch(EmailDecision::allowed);
        assertThat(records.pointsOfContact(sales, forumMember)).extracting(v -> v.reason())
                .containsExactly(PointOfContactReason.SUPPORT_REQUESTED);
    }

    @Test
    void anUnknownPersonIsNamedAsSuch() {
        assertThatThrownBy(() -> records.profile(sales, 987_654_321L))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("There is no person with id 987654321.");
        assertThatThrownBy(() -> records.licenses(sales, 987_654_321L)).isInstanceOf(IllegalArgumentException.class);
    }
}
