package com.custodia.service.consent;

import com.custodia.domain.Attribution;
import com.custodia.domain.ChangeContext;
import com.custodia.domain.CommunicationPreference;
import com.custodia.domain.MessageClass;
import com.custodia.domain.PersonKind;
import com.custodia.domain.PointOfContact;
import com.custodia.domain.PointOfContactReason;
import com.custodia.domain.Role;
import com.custodia.domain.StatementMedium;
import com.custodia.domain.StatementSource;
import com.custodia.ledger.AppendedEntry;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.service.people.NewPerson;
import com.custodia.support.MutableClock;
import com.custodia.support.TestWorkspaces;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

/**
 * A workspace with a privacy officer, a sales representative, a partner manager and four persons:
 * two customers (Ada, Bob), a trial user with a point of contact (Carol) and a forum member
 * without one (Dan). Bob declined feature news.
 */
final class ConsentFixture {

    static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    static final String V1_TEXT = "We collect what you give us.\nWe never sell it.\nYou may ask for a copy.\n";
    static final String V2_TEXT = "We collect what you give us.\nWe never sell it, and never rent it.\n"
            + "You may ask for a copy.\nWe keep a ledger of every disclosure.\n";

    final MutableClock clock = new MutableClock(START);
    final Services services;
    final Principal officer = TestWorkspaces.principal(50, "olivia", Role.PRIVACY_OFFICER);
    final Principal sales = TestWorkspaces.principal(60, "sally", Role.SALES_REPRESENTATIVE);
    final Principal partners = TestWorkspaces.principal(61, "pat", Role.PARTNER_MANAGER);
    final Principal admin = TestWorkspaces.principal(62, "adam", Role.ADMINISTRATOR);
    final long ada;
    final long bob;
    final long carol;
    final long dan;

    ConsentFixture(Function<MutableClock, Services> open) {
        services = open.apply(clock);
        ada = person(PersonKind.CUSTOMER, "Ada", "Lovelace", "Analytical Ltd", "ada@example.com");
        bob = person(PersonKind.CUSTOMER, "Bob", "Babbage", "Engines plc", "bob@example.com");
        carol = person(PersonKind.TRIAL_USER, "Carol", "Shaw", "Activision", "carol@example.com");
        dan = person(PersonKind.FORUM_MEMBER, "Dan", "Bricklin", null, "dan@example.com");
        services.database().inTransaction(new ChangeContext("olivia", "test", START), s -> {
            s.persist(new CommunicationPreference(bob, MessageClass.FEATURES, false, START, "unsubscribe link"));
            s.persist(new PointOfContact(carol, PointOfContactReason.TRIAL_ISSUED, START, null));
        });
    }

    private long person(PersonKind kind, String first, String last, String company, String email) {
        return services.people().create(officer, new NewPerson(kind, first, last, company, email, null, null, null,
                null, "GB", "en"));
    }

    long publishV1() {
        return services.policyVersions().publish(officer, "2026-01", LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-01-01"), "https://example.com/privacy/2026-01", V1_TEXT).version().id();
    }

    PolicyPublication publishV2() {
        return services.policyVersions().publish(officer, "2026-03", LocalDate.parse("2026-03-01"),
                LocalDate.parse("2026-03-01"), "https://example.com/privacy/2026-03", V2_TEXT);
    }

    long consent(long person, String recipient) {
        return services.consents().record(officer, ConsentDraft.of(person, "satisfaction studies", java.util.Set.of(
                recipient), java.util.Set.of("identity", "contact"), "signed paper form"));
    }

    long statement(long person, StatementMedium medium, String incentive) {
        return statement(person, medium, incentive, sales);
    }

    long statement(long person, StatementMedium medium, String incentive, Principal by) {
        return services.statements().record(by, new StatementDraft(person, null,
                "Custodia made our audit a one-day job.", StatementSource.INTERVIEW, medium, Attribution.FULL_NAME,
                incentive));
    }

    AppendedEntry entry(long seq) {
        return services.ledger().store().entries(seq, 1).get(0);
    }

    List<AppendedEntry> entries() {
        return services.ledger().store().entries(0, 10_000);
    }
}
