package com.custodia.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.Role;
import com.custodia.service.auth.Principal;
import com.custodia.service.ledger.LedgerStatus;
import com.custodia.ui.common.ManualTaskExecutor;
import com.custodia.ui.common.Notice;
import com.custodia.ui.common.SyncTaskExecutor;
import com.custodia.ui.support.MutableClock;
import com.custodia.ui.support.UiTesting;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LedgerStatusViewModelTest {

    /** 2026-03-02 09:00 UTC, the test clock's zone. */
    private final MutableClock clock = MutableClock.atFixedStart();
    private final SyncTaskExecutor executor = new SyncTaskExecutor();
    private final List<String> reads = new ArrayList<>();
    private LedgerStatus next = new LedgerStatus(0, null, null);

    private static Principal with(Role... roles) {
        return new Principal(1, "pat", "Pat Example", Set.of(roles));
    }

    private LedgerStatusViewModel model(Principal principal) {
        return new LedgerStatusViewModel(actor -> {
            reads.add(actor.username());
            if (next == null) {
                throw new IllegalStateException("The database connection was lost.");
            }
            return next;
        }, principal, executor, clock, UiTesting.bundle("main"));
    }

    private Instant today(String time) {
        return Instant.parse("2026-03-02T" + time + ":00Z");
    }

    @Test
    void aNewLedgerSaysItHasNoEntriesNoCheckpointAndWasNotVerified() {
        var model = model(with(Role.PRIVACY_OFFICER));

        model.start();

        assertThat(model.shown()).isTrue();
        assertThat(model.state().getText())
                .isEqualTo("Ledger: no entries \u00b7 no checkpoint yet \u00b7 not verified yet");
        assertThat(model.state().getKind()).isEqualTo(Notice.Kind.INFO);
    }

    @Test
    void anIntactLedgerShowsEntriesCheckpointAndWhenItWasVerified() {
        next = new LedgerStatus(1234, new LedgerStatus.Checkpoint(1200, today("08:04")),
                new LedgerStatus.Verification(Instant.parse("2026-02-27T17:30:00Z"), "olga", true, "OK 1200 entries, head ab12"));
        var model = model(with(Role.PRIVACY_OFFICER));

        model.start();

        assertThat(model.state().getText())
                .isEqualTo("Ledger: 1,234 entries \u00b7 last checkpoint today 08:04 \u00b7 verified OK 2026-02-27 17:30");
        assertThat(model.state().getKind()).isEqualTo(Notice.Kind.INFO);
        assertThat(model.detailProperty().get())
                .isEqualTo("Last verification: OK 1200 entries, head ab12, by olga, 2026-02-27 17:30");
    }

    @Test
    void aTamperedLedgerIsShownAsAnErrorWithWhereTheBreakIs() {
        next = new LedgerStatus(1, new LedgerStatus.Checkpoint(100, today("08:00")),
                new LedgerStatus.Verification(today("08:59"), "admin", false, "TAMPERED at 17: modified"));
        var model = model(with(Role.ADMINISTRATOR));

        model.start();

        assertThat(model.state().getText()).isEqualTo(
                "Ledger: 1 entry \u00b7 last checkpoint today 08:00 \u00b7 TAMPERED at 17: modified (found today 08:59)");
        assertThat(model.state().getKind()).isEqualTo(Notice.Kind.ERROR);
    }

    @Test
    void theStateIsReadAgainEveryMinuteUntilClosed() {
        var model = model(with(Role.PRIVACY_OFFICER));
        model.start();
        next = new LedgerStatus(5, null, null);

        executor.runScheduled();
        assertThat(model.state().getText()).startsWith("Ledger: 5 entries");
        model.close();
        executor.runScheduled();
        model.refresh();

        assertThat(reads).hasSize(2);
    }

    @Test
    void aPartnerManagerSeesNothingAndNothingIsRead() {
        var model = model(with(Role.PARTNER_MANAGER));

        model.start();
        model.refresh();
        executor.runScheduled();

        assertThat(model.shown()).isFalse();
        assertThat(model.state().getText()).isEmpty();
        assertThat(reads).isEmpty();
    }

    @Test
    void aSalesRepresentativeWhoReadsTheirCustomersEntriesSeesTheLedgersState() {
        next = new LedgerStatus(3, null, null);
        var model = model(with(Role.SALES_REPRESENTATIVE));

        model.start();

        assertThat(model.shown()).isTrue();
        assertThat(model.state().getText()).startsWith("Ledger: 3 entries");
    }

    @Test
    void aFailedReadSaysTheStateIsUnavailableAndTheNextReadMayRecover() {
        next = null;
        var model = model(with(Role.PRIVACY_OFFICER));

        model.start();
        assertThat(model.state().getText()).isEqualTo("Ledger state unavailable");

        next = new LedgerStatus(3, null, null);
        executor.runScheduled();
        assertThat(model.state().getText()).startsWith("Ledger: 3 entries");
    }

    @Test
    void onlyOneReadIsUnderWayAtATime() {
        ManualTaskExecutor held = new ManualTaskExecutor();
        var model = new LedgerStatusViewModel(actor -> {
            reads.add(actor.username());
            return next;
        }, with(Role.PRIVACY_OFFICER), held, clock, UiTesting.bundle("main"));

        model.start();
        model.refresh();
        held.runScheduled();
        assertThat(held.pending()).isEqualTo(1);
        held.runAll();
        clock.advance(Duration.ofMinutes(1));
        model.refresh();
        held.runAll();

        assertThat(reads).hasSize(2);
    }
}
