package com.custodia.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.LegalBasis;
import com.custodia.domain.Progress;
import com.custodia.domain.RecipientKind;
import com.custodia.domain.Role;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.support.MutableClock;
import com.custodia.support.TestWorkspaces;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Verification read from a real encrypted workspace: entries and their persons arrive as two
 * ordered streams on a reader thread, and a break found mid-stream (which stops the reader to
 * look up where a row came from) is reported, not hung on.
 */
class LedgerVerificationTest {

    @TempDir
    Path dir;
    Services services;
    final Principal officer = TestWorkspaces.principal(50, "officer", Role.PRIVACY_OFFICER);

    @BeforeEach
    void ledgerOf2500EntriesWithTheirPersons() {
        services = TestWorkspaces.embedded(dir.resolve("ws"), new MutableClock());
        for (int i = 0; i < 2_500; i++) {
            services.ledger().store().append(new EntryDraft("officer", Set.of("PRIVACY_OFFICER"),
                    RecipientKind.THIRD_PARTY, "Recipient " + i, null, LegalBasis.CONSENT, null,
                    i % 3 == 0 ? Set.of() : Set.of((long) i, (long) i + 1), List.of("contact"), List.of("email"),
                    "test", "file", "00".repeat(32), null, null));
        }
    }

    @AfterEach
    void close() {
        services.close();
    }

    private void sql(String... statements) {
        services.database().fromConnection(c -> {
            try (Statement st = c.createStatement()) {
                for (String s : statements) {
                    st.execute(s);
                }
            }
            return null;
        });
    }

    private VerificationReport verify() {
        return services.ledger().verify(officer, Progress.NONE);
    }

    @Test
    void anIntactLedgerVerifiesIgnoringPersonsOfNoEntryButARemovedPersonIsFound() {
        VerificationReport intact = verify();
        assertThat(intact.ok()).as(intact.detail()).isTrue();
        assertThat(intact.entries()).isEqualTo(2_500);

        sql("INSERT INTO ledger_entry_person (seq, person_id) VALUES (99999, 1)");
        assertThat(verify().ok()).isTrue();

        sql("DROP TRIGGER ledger_entry_person_append_only", "DELETE FROM ledger_entry_person WHERE seq = 2201");
        VerificationReport report = verify();
        assertThat(report.summary()).isEqualTo("TAMPERED at 2201: modified");
        assertThat(report.detail()).contains("persons listed for entry 2201");
    }

    @Test
    void aBrokenLinkFarIntoTheStreamIsClassifiedWithoutHanging() {
        sql("DROP TRIGGER ledger_entry_append_only",
                "UPDATE ledger_entry SET chain_hash = '" + "11".repeat(32) + "' WHERE seq = 2300");

        VerificationReport report = verify();

        assertThat(report.ok()).isFalse();
        assertThat(report.brokenAt()).isEqualTo(2300);
    }
}
