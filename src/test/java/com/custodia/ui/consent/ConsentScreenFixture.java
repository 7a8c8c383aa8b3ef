package com.custodia.ui.consent;

import com.custodia.domain.Attribution;
import com.custodia.domain.ChangeContext;
import com.custodia.domain.CommunicationPreference;
import com.custodia.domain.MessageClass;
import com.custodia.domain.PersonKind;
import com.custodia.domain.Role;
import com.custodia.domain.StatementMedium;
import com.custodia.domain.StatementSource;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.service.consent.ConsentDraft;
import com.custodia.service.consent.StatementDraft;
import com.custodia.service.people.NewPerson;
import com.custodia.support.MutableClock;
import com.custodia.support.TestWorkspaces;
import com.custodia.ui.support.UiTesting;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A workspace for the consent screens: a privacy officer and a sales representative, two
 * customers (Ada; Bob, who declined feature news) and a forum member without a point of contact
 * (Dan), a policy version, and a consent of each customer's.
 */
final class ConsentScreenFixture implements AutoCloseable {

    static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    final MutableClock clock = new MutableClock(START);
    final Services services;
    final Principal officer = TestWorkspaces.principal(50, "olivia", Role.PRIVACY_OFFICER);
    final Principal sales = TestWorkspaces.principal(60, "sally", Role.SALES_REPRESENTATIVE);
    final long ada;
    final long bob;
    final long dan;
    final long v1;
    final long adaConsent;
    final long bobConsent;

    ConsentScreenFixture(Path dir) {
        services = TestWorkspaces.embedded(dir.resolve("ws"), clock);
        ada = person(PersonKind.CUSTOMER, "Ada", "Lovelace", "Analytical Ltd", "ada@example.com");
        bob = person(PersonKind.CUSTOMER, "Bob", "Babbage", "Engines plc", "bob@example.com");
        dan = person(PersonKind.FORUM_MEMBER, "Dan", "Bricklin", null, "dan@example.com");
        services.database().inTransaction(new ChangeContext("olivia", "test", START), s ->
                s.persist(new CommunicationPreference(bob, MessageClass.FEATURES, false, START, "unsubscribe link")));
        v1 = services.policyVersions().publish(officer, "2026-01", LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-01-01"), null, "We collect what you give us.\nWe never sell it.\n")
                .version().id();
        adaConsent = services.consents().record(officer, ConsentDraft.of(ada, "satisfaction studies",
                Set.of("Survey Partners Ltd"), Set.of("identity", "contact"), "signed paper form"));
        bobConsent = services.consents().record(officer, ConsentDraft.of(bob, "product newsletter",
                Set.of("the vendor"), Set.of("contact"), "web form"));
    }

    private long person(PersonKind kind, String first, String last, String company, String email) {
        return services.people().create(officer, new NewPerson(kind, first, last, company, email, null, null, null,
                null, "GB", "en"));
    }

    long statement(long person, StatementMedium medium) {
        return services.statements().record(sales, new StatementDraft(person, null,
                "Custodia made our audit a one-day job.", StatementSource.INTERVIEW, medium, Attribution.FULL_NAME,
                "a conference ticket"));
    }

    ConsentText text() {
        return new ConsentText(UiTesting.bundle(ConsentScreen.FEATURE), clock);
    }

    long ledgerSize() {
        return services.ledger().store().entries(0, 100_000).size();
    }

    @Override
    public void close() {
        services.close();
    }
}
