package com.custodia.ui.main;

import com.custodia.service.auth.Principal;
import com.custodia.service.ledger.LedgerStatus;
import com.custodia.service.ledger.LedgerStatusService;
import com.custodia.ui.common.BackgroundTask;
import com.custodia.ui.common.ErrorReporter;
import com.custodia.ui.common.Notice;
import com.custodia.ui.common.TaskExecutor;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ledger's state in the status bar: "Ledger: 1,234 entries · last checkpoint 12:04 ·
 * verified OK today 09:12", or the verifier's "TAMPERED at 17: modified" in the error colour.
 * Read on a worker at sign-in, whenever the operator changes screens and every minute, so an
 * append or verification on this or another workstation shows up soon. Operators who may
 * neither read nor verify the ledger see nothing, and nothing is read for them.
 *
 * <p>Times are the workstation's (the clock's zone): "today" is a local notion.
 */
public final class LedgerStatusViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(LedgerStatusViewModel.class);
    static final Duration REFRESH = Duration.ofMinutes(1);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** Where the state comes from: {@code services.ledgerStatus()::status}. Called on a worker. */
    @FunctionalInterface
    public interface Source {
        LedgerStatus read(Principal actor);
    }

    private final Source source;
    private final Principal principal;
    private final TaskExecutor executor;
    private final Clock clock;
    private final ResourceBundle bundle;
    private final boolean shown;
    private final Notice state = new Notice();
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");
    private TaskExecutor.Cancellable timer;
    private boolean reading;
    private boolean closed;

    public LedgerStatusViewModel(Source source, Principal principal, TaskExecutor executor, Clock clock,
                                 ResourceBundle bundle) {
        this.source = Objects.requireNonNull(source);
        this.principal = Objects.requireNonNull(principal);
        this.executor = Objects.requireNonNull(executor);
        this.clock = Objects.requireNonNull(clock);
        this.bundle = Objects.requireNonNull(bundle);
        this.shown = LedgerStatusService.mayRead(principal);
    }

    // ---------------------------------------------------------------- Properties

    /** Whether this operator sees the ledger's state at all. */
    public boolean shown() {
        return shown;
    }

    /** The status line; ERROR when the last verification found the ledger tampered with. Empty until read. */
    public Notice state() {
        return state;
    }

    /** The last verification in full (summary, who, when), for a tooltip. */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    // ---------------------------------------------------------------- Commands

    /** Reads the state now and then every minute, until {@link #close()}. */
    public void start() {
        if (!shown || closed || timer != null) {
            return;
        }
        refresh();
        timer = executor.scheduleOnUi(REFRESH, this::refresh);
    }

    /** Reads the state again, unless a read is under way. */
    public void refresh() {
        if (!shown || closed || reading) {
            return;
        }
        reading = true;
        executor.execute(BackgroundTask.of(bundle.getString("status.ledger.task"), progress -> source.read(principal))
                .onSuccess(this::show)
                .onFailure(this::unavailable)
                .onFinished(() -> reading = false));
    }

    /** Stops reading; a read still under way is not shown (the window is going away). */
    public void close() {
        closed = true;
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }

    // ---------------------------------------------------------------- Text

    private void show(LedgerStatus status) {
        if (closed) {
            return;
        }
        String entries = format("status.ledger.entries", status.entries());
        String checkpoint = status.checkpoint() == null ? bundle.getString("status.ledger.noCheckpoint")
                : format("status.ledger.checkpoint", when(status.checkpoint().signedAt()));
        LedgerStatus.Verification last = status.lastVerification();
        if (last == null) {
            state.info(format("status.ledger", entries, checkpoint, bundle.getString("status.ledger.notVerified")));
            detail.set(bundle.getString("status.ledger.notVerifiedDetail"));
        } else if (last.intact()) {
            state.info(format("status.ledger", entries, checkpoint, format("status.ledger.verified", when(last.at()))));
            detail.set(format("status.ledger.verificationDetail", last.summary(), last.operator(), when(last.at())));
        } else {
            state.error(format("status.ledger", entries, checkpoint,
                    format("status.ledger.tampered", last.summary(), when(last.at()))));
            detail.set(format("status.ledger.verificationDetail", last.summary(), last.operator(), when(last.at())));
        }
    }

    private void unavailable(Throwable failure) {
        if (closed) {
            return;
        }
        // the status bar is no place for a dialog; the next refresh may well succeed
        LOG.warn("The ledger's state could not be read: {}", ErrorReporter.describe(failure));
        state.info(bundle.getString("status.ledger.unavailable"));
        detail.set("");
    }

    /** "today 09:12" for today, else "2026-03-01 09:12", in the workstation's time zone. */
    String when(Instant instant) {
        ZonedDateTime at = instant.atZone(clock.getZone());
        if (at.toLocalDate().equals(LocalDate.now(clock))) {
            return format("status.ledger.today", TIME.format(at));
        }
        return DAY_AND_TIME.format(at);
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
    }
}
