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
 * Verification read from a real encrypted workspace: entries and their persons are read range by
 * range on several threads and arrive in order; however the rows are split into chunks the
 * finding is the same, and a break found mid-stream (which stops the readers to look up where a
 * row came from) is reported, not hung on.
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

    /** The default reading, then two readers in chunks of 100 and three in chunks of 7: all find the same. */
    private VerificationReport verifyEveryWay() {
        VerificationReport report = verify();
        for (LedgerVerification.Reading reading : List.of(new LedgerVerification.Reading(2, 100),
                new LedgerVerification.Reading(3, 7), new LedgerVerification.Reading(1, 2_500))) {
            VerificationReport other = services.ledger().verify(officer, Progress.NONE, reading);
            assertThat(other.summary()).as("%s", reading).isEqualTo(report.summary());
            assertThat(other.detail()).as("%s", reading).isEqualTo(report.detail());
        }
        return report;
    }

    @Test
    void anIntactLedgerReadInManySmallChunksVerifies() {
        VerificationReport report = verifyEveryWay();
        assertThat(report.ok()).as(report.detail()).isTrue();
        assertThat(report.entries()).isEqualTo(2_500);
    }

    @Test
    void aRowAddedFarBeyondTheHeadIsInserted() {
        AppendedEntry last = services.ledger().store().entries(2_499, 1).get(0);
        EntryContent forged = last.content();
        sql("DROP TRIGGER ledger_record_append_only");
        services.database().fromConnection(c -> {
            try (var st = c.prepareStatement(LedgerStore.INSERT_ENTRY)) {
                byte[] leaf = forged.leafHash();
                LedgerStore.bindEntry(st, 7_777, forged, leaf, ChainVerifier.chain(last.chainHash(), leaf),
                        services.ledger().store().texts().naming(c));
                st.executeUpdate();
            }
            return null;
        });
        VerificationReport report = verifyEveryWay();
        assertThat(report.summary()).isEqualTo("TAMPERED at 2500: deleted");
    }

    @Test
    void aRowRenumberedBelowZeroIsFound() {
        sql("DROP TRIGGER ledger_record_append_only", "UPDATE ledger_record SET seq = -5 WHERE seq = 1700");
        VerificationReport report = verifyEveryWay();
        // read first, the renumbered row is the one that does not belong where it stands
        assertThat(report.summary()).isEqualTo("TAMPERED at -5: inserted");
    }

    @Test
    void aFieldEditedToAValueNoEntryCanHoldIsModified() {
        sql("DROP TRIGGER ledger_record_append_only", "UPDATE ledger_record SET basis = 'GUESSWORK' WHERE seq = 1234");
        VerificationReport report = verifyEveryWay();
        assertThat(report.summary()).isEqualTo("TAMPERED at 1234: modified");
        assertThat(report.detail()).contains("a value no entry can have");
    }

    @Test
    void anIntactLedgerVerifiesIgnoringPersonsOfNoEntryButARemovedPersonIsFound() {
        VerificationReport intact = verifyEveryWay();
        assertThat(intact.ok()).as(intact.detail()).isTrue();
        assertThat(intact.entries()).isEqualTo(2_500);

        sql("INSERT INTO ledger_entry_person (seq, person_id) VALUES (99999, 1)",
                "INSERT INTO ledger_entry_person (seq, person_id) VALUES (-3, 1)");
        assertThat(verifyEveryWay().ok()).isTrue();

        sql("DROP TRIGGER ledger_entry_person_append_only", "DELETE FROM ledger_entry_person WHERE seq = 2201");
        VerificationReport report = verifyEveryWay();
        assertThat(report.summary()).isEqualTo("TAMPERED at 2201: modified");
        assertThat(report.detail()).contains("persons listed for entry 2201");
    }

    @Test
    void aBrokenLinkFarIntoTheStreamIsClassifiedWithoutHanging() {
        sql("DROP TRIGGER ledger_record_append_only",
                "UPDATE ledger_record SET chain_hash = X'" + "11".repeat(32) + "' WHERE seq = 2300");

        VerificationReport report = verifyEveryWay();

        assertThat(report.ok()).isFalse();
        assertThat(report.brokenAt()).isEqualTo(2300);
    }
}
