package com.custodia.service.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.custodia.domain.Progress;
import com.custodia.domain.Role;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.service.security.AccessDeniedException;
import com.custodia.support.MutableClock;
import com.custodia.support.TestWorkspaces;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger's state for the status bar, read from an encrypted H2 workspace. */
class LedgerStatusServiceTest {

    @TempDir Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final Principal officer = TestWorkspaces.principal(50, "officer", Role.PRIVACY_OFFICER);
    private final Principal admin = TestWorkspaces.principal(51, "admin2", Role.ADMINISTRATOR);
    private Services services;
    private Disclosures disclosures;

    @BeforeEach
    void open() {
        services = TestWorkspaces.embedded(dir.resolve("ws"), clock);
        disclosures = new Disclosures(services, clock);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aNewLedgerHasNoEntriesNoCheckpointAndNoVerification() {
        LedgerStatus status = services.ledgerStatus().status(officer);

        assertThat(status).isEqualTo(new LedgerStatus(0, null, null));
    }

    @Test
    void theStatusCountsEntriesAndNamesTheNewestCheckpointAndTheLastVerification() {
        for (int i = 0; i < 150; i++) {
            disclosures.draft().about(1001L).append();
        }
        Instant hundredth = clock.instant().minus(Duration.ofHours(50));
        services.ledgerReader().verify(admin, Progress.NONE);

        LedgerStatus status = services.ledgerStatus().status(officer);

        assertThat(status.entries()).isEqualTo(150);
        assertThat(status.checkpoint()).isEqualTo(new LedgerStatus.Checkpoint(100, hundredth));
        assertThat(status.lastVerification().intact()).isTrue();
        assertThat(status.lastVerification().operator()).isEqualTo("admin2");
        assertThat(status.lastVerification().at()).isEqualTo(clock.instant());
        assertThat(status.lastVerification().summary()).startsWith("OK 150 entries");
    }

    @Test
    void aVerificationThatFoundTamperingIsTheLastVerificationUntilTheNextOne() {
        disclosures.draft().about(1001L).append();
        disclosures.draft().about(1002L).append();
        services.ledgerReader().verify(admin, Progress.NONE);
        services.database().fromConnection(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("DROP TRIGGER IF EXISTS ledger_record_append_only");
                st.execute("UPDATE ledger_record SET channel = 'somewhere else' WHERE seq = 1");
            }
            return null;
        });
        clock.advance(Duration.ofMinutes(5));
        services.ledgerReader().verify(officer, Progress.NONE);

        LedgerStatus.Verification last = services.ledgerStatus().status(admin).lastVerification();

        assertThat(last.intact()).isFalse();
        assertThat(last.summary()).isEqualTo("TAMPERED at 1: modified");
        assertThat(last.operator()).isEqualTo("officer");
    }

    @Test
    void onlyOperatorsWhoMayReadOrVerifyTheLedgerSeeItsState() {
        Principal sales = TestWorkspaces.principal(52, "sales", Role.SALES_REPRESENTATIVE);
        Principal partners = TestWorkspaces.principal(53, "partners", Role.PARTNER_MANAGER);

        assertThat(LedgerStatusService.mayRead(officer)).isTrue();
        assertThat(LedgerStatusService.mayRead(admin)).isTrue();
        // sales representatives read the entries about their own customers (decision 0028)
        assertThat(LedgerStatusService.mayRead(sales)).isTrue();
        assertThat(services.ledgerStatus().status(sales).entries()).isEqualTo(services.ledgerStatus().status(officer)
                .entries());
        assertThat(LedgerStatusService.mayRead(partners)).isFalse();
        assertThatThrownBy(() -> services.ledgerStatus().status(partners)).isInstanceOf(AccessDeniedException.class)
                .hasMessage("Your roles do not allow you to see the state of the disclosure ledger.");
    }
}
