package com.custodia.service.ledger;

import com.custodia.domain.LegalBasis;
import com.custodia.domain.RecipientKind;
import com.custodia.ledger.AppendedEntry;
import com.custodia.ledger.EntryDraft;
import com.custodia.service.Services;
import com.custodia.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Writes ledger entries for tests the way the gate does (through {@code services.ledger().append}),
 * with the clock moved forward before each, so entries have distinct, known times.
 */
final class Disclosures {

    private final Services services;
    private final MutableClock clock;

    Disclosures(Services services, MutableClock clock) {
        this.services = services;
        this.clock = clock;
    }

    /** A fluent description of one disclosure; {@link #append} records it. */
    final class Draft {
        RecipientKind kind = RecipientKind.THIRD_PARTY;
        String recipient = "Acme Research";
        String address;
        LegalBasis basis = LegalBasis.CONSENT;
        String reference = "consent-1";
        Set<Long> persons = Set.of();
        List<String> categories = List.of("contact", "identity");
        List<String> fields = List.of("email", "first_name", "last_name");
        String purpose = "satisfaction study";
        String channel = "file";
        Instant nonNotificationUntil;
        Duration after = Duration.ofHours(1);

        Draft to(String name) { recipient = name; return this; }
        Draft kind(RecipientKind k) { kind = k; return this; }
        Draft address(String a) { address = a; return this; }
        Draft basis(LegalBasis b) { basis = b; return this; }
        Draft about(Long... ids) { persons = Set.of(ids); return this; }
        Draft purpose(String p) { purpose = p; return this; }
        Draft channel(String c) { channel = c; return this; }
        Draft categories(String... c) { categories = List.of(c); return this; }
        Draft heldUntil(Instant until) { nonNotificationUntil = until; return this; }
        Draft after(Duration d) { after = d; return this; }

        AppendedEntry append() {
            clock.advance(after);
            return services.ledger().append(new EntryDraft("officer", Set.of("PRIVACY_OFFICER"), kind, recipient, address,
                    basis, reference, persons, categories, fields, purpose, channel, "ab".repeat(32), null,
                    nonNotificationUntil));
        }
    }

    Draft draft() {
        return new Draft();
    }
}
