package com.custodia.ui.people;

import com.custodia.domain.ChangeContext;
import com.custodia.domain.CommunicationPreference;
import com.custodia.domain.Correspondence;
import com.custodia.domain.CorrespondenceDirection;
import com.custodia.domain.CustomerOrder;
import com.custodia.domain.ForumPost;
import com.custodia.domain.JobApplication;
import com.custodia.domain.JobApplicationStatus;
import com.custodia.domain.LegalBasis;
import com.custodia.domain.License;
import com.custodia.domain.LicenseStatus;
import com.custodia.domain.MessageClass;
import com.custodia.domain.PaymentCard;
import com.custodia.domain.Person;
import com.custodia.domain.PersonKind;
import com.custodia.domain.PointOfContact;
import com.custodia.domain.PointOfContactReason;
import com.custodia.domain.RecipientKind;
import com.custodia.domain.Role;
import com.custodia.domain.WebVisit;
import com.custodia.ledger.EntryDraft;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.service.people.NewPerson;
import com.custodia.service.people.PersonEditor;
import com.custodia.support.MutableClock;
import com.custodia.support.TestWorkspaces;
import com.custodia.ui.common.TaskExecutor;
import com.custodia.ui.common.ViewLoader;
import com.custodia.ui.support.RecordingDialogs;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A real encrypted workspace for the People screen's tests: Ada, a customer with a record in
 * every category (a license, an order, 120 web visits, a forum post, a letter, a job application,
 * a declined preference, a consent and a ledger entry); Bob, a second record of Ada by the same
 * email; and Grace, a forum member.
 */
final class PeopleFixture implements AutoCloseable {

    static final int VISITS = 120;

    final MutableClock clock = new MutableClock();
    final Services services;
    final Principal officer = TestWorkspaces.principal(901, "olivia", Role.PRIVACY_OFFICER);
    final Principal sales = TestWorkspaces.principal(902, "sam", Role.SALES_REPRESENTATIVE);
    final Principal partners = TestWorkspaces.principal(903, "pat", Role.PARTNER_MANAGER);
    final Principal admin = TestWorkspaces.principal(904, "adele", Role.ADMINISTRATOR);
    final RecordingDialogs dialogs = new RecordingDialogs();
    final PeopleText text = new PeopleText(new ViewLoader(Locale.ENGLISH).bundle(PeopleScreen.FEATURE));
    final long ada;
    final long bob;
    final long grace;

    PeopleFixture(Path dir) {
        services = TestWorkspaces.embedded(dir.resolve("ws"), clock);
        ada = services.people().create(officer, new NewPerson(PersonKind.CUSTOMER, "Ada", "Lovelace",
                "Analytical Engines", "ada@example.com", "+44 20 7946 0001", "12 St James's Square", "London",
                "SW1Y 4JH", "GB", "en"));
        bob = services.people().create(officer, new NewPerson(PersonKind.TRIAL_USER, "Augusta", "King",
                null, "ada@example.com", null, null, "Ockham", null, "GB", "en"));
        grace = services.people().create(officer, new NewPerson(PersonKind.FORUM_MEMBER, "Grace", "Hopper",
                "Navy", "grace@example.com", null, null, "Arlington", null, "US", "en"));
        fill();
    }

    private void fill() {
        ChangeContext ctx = new ChangeContext("olivia", "test data", clock.instant());
        services.database().inTransaction(ctx, s -> {
            s.persist(new License(ada, "ABCD-EFGH-IJKL-AB12", "Custodia Desk", "Pro", 5, LocalDate.of(2025, 3, 1),
                    LocalDate.of(2026, 3, 1), LicenseStatus.ACTIVE, LocalDate.of(2026, 3, 1)));
            s.persist(new CustomerOrder(ada, "Custodia Desk Pro", clock.instant(), new BigDecimal("499.00"), "EUR",
                    PaymentCard.fromTyped("4111 1111 1111 1111", null, "09/27", "tok_abc")));
            s.persist(new ForumPost(ada, "ada@example.com", clock.instant(), "How do I export?"));
            s.persist(new Correspondence(ada, "ada@example.com", clock.instant(), "Your invoice",
                    CorrespondenceDirection.OUTBOUND));
            s.persist(new JobApplication(ada, new JobApplication.Applicant("Ada Lovelace", "12 St James's Square",
                    "+44 20 7946 0000", "ada@example.com"), "Analyst, 1843", "Engineer", JobApplicationStatus.RECEIVED,
                    clock.instant()));
            s.persist(new CommunicationPreference(ada, MessageClass.FEATURES, false, clock.instant(), "unsubscribe link"));
            s.persist(new PointOfContact(grace, PointOfContactReason.SUPPORT_REQUESTED, clock.instant(), "ticket 17"));
        });
        services.database().inStatelessTransaction(s -> {
            Instant t = Instant.parse("2025-05-01T10:00:00Z");
            for (int i = 0; i < VISITS; i++) {
                s.insert(new WebVisit(ada, t.plus(Duration.ofMinutes(i)), "192.0.2." + (i % 250),
                        new WebVisit.Browser("Firefox", "126.0", "en-GB", 1440, 900, "uBlock Origin"),
                        new WebVisit.Arrival("https://duckduckgo.com/", "DuckDuckGo", "custody software"),
                        "/ /pricing", "c" + i));
            }
        });
        services.consents().record(officer, ada, "Satisfaction survey", Set.of("Acme Research"), Set.of("contact"),
                "web form");
        services.ledger().append(new EntryDraft("olivia", Set.of("PRIVACY_OFFICER"), RecipientKind.THIRD_PARTY,
                "Acme Research", null, LegalBasis.CONSENT, "ref-1", Set.of(ada), List.of("contact"), List.of("email"),
                "satisfaction study", "file", "ab".repeat(32), null, null));
    }

    /** The services as the screen gets them. */
    PeopleServices people() {
        return PeopleServices.of(services);
    }

    /** An editor as another workstation has it: its own sessions over the same database. */
    PersonEditor otherWorkstation() {
        return new PersonEditor(services.database(), services.guard(), clock);
    }

    PersonDetailViewModel detail(Principal actor, TaskExecutor executor) {
        return new PersonDetailViewModel(people(), actor, executor, dialogs, text, clock);
    }

    @Override
    public void close() {
        services.close();
    }
}
