package com.custodia.ui.ledger;

import com.custodia.domain.LegalBasis;
import com.custodia.domain.PersonKind;
import com.custodia.domain.RecipientKind;
import com.custodia.domain.Role;
import com.custodia.ledger.EntryDraft;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.service.people.NewPerson;
import com.custodia.support.MutableClock;
import com.custodia.support.TestWorkspaces;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A workspace with two persons and a few ledger entries, for the ledger screen's tests. */
final class LedgerFixture implements AutoCloseable {

    final MutableClock clock = new MutableClock();
    final Services services;
    final Principal officer = TestWorkspaces.principal(50, "officer", Role.PRIVACY_OFFICER);
    final long ada;
    final long bob;

    LedgerFixture(Path dir) {
        services = TestWorkspaces.embedded(dir.resolve("ws"), clock);
        ada = services.people().create(officer, new NewPerson(PersonKind.CUSTOMER, "Ada", "Lovelace", null,
                "ada@example.com", null, null, "London", null, "GB", "en"));
        bob = services.people().create(officer, new NewPerson(PersonKind.CUSTOMER, "Bob", "Babbage", null,
                "bob@example.com", null, null, "Cambridge", null, "GB", "en"));
    }

    /** Entries 0: Acme about Ada; 1: Beta about Bob; 2: Acme about both. */
    LedgerFixture threeEntries() {
        append("Acme Research", LegalBasis.CONSENT, null, ada);
        append("Beta Analytics", LegalBasis.CONSENT, null, bob);
        append("Acme Research", LegalBasis.CONSENT, null, ada, bob);
        return this;
    }

    void append(String recipient, LegalBasis basis, Instant heldUntil, Long... persons) {
        clock.advance(Duration.ofMinutes(5));
        services.ledger().append(new EntryDraft("officer", Set.of("PRIVACY_OFFICER"),
                basis == LegalBasis.LEGAL_ORDER ? RecipientKind.AUTHORITY : RecipientKind.THIRD_PARTY, recipient, null,
                basis, "ref-1", Set.of(persons), List.of("contact"), List.of("email"), "satisfaction study", "file",
                "ab".repeat(32), null, heldUntil));
    }

    /** A real sales representative, made Ada's account owner (decision 0028). */
    Principal adasOwner() {
        Principal admin = TestWorkspaces.principal(51, "admin2", Role.ADMINISTRATOR);
        long id = services.operators().create(admin, "sam", "Sam Seller", Set.of(Role.SALES_REPRESENTATIVE),
                "temporary-pass-1".toCharArray()).id();
        services.accountOwners().assign(admin, ada, null, id);
        return new Principal(id, "sam", "Sam Seller", Set.of(Role.SALES_REPRESENTATIVE));
    }

    @Override
    public void close() {
        services.close();
    }
}
