package com.custodia.ui.ledger;

import com.custodia.ui.common.Notice;
import com.custodia.ui.common.FailureReporter;

import com.custodia.service.auth.Principal;
import com.custodia.service.ledger.LedgerReader;
import com.custodia.service.ledger.VerificationResult;
import com.custodia.ui.common.BackgroundTask;
import com.custodia.ui.common.TaskExecutor;
import com.custodia.ui.common.TaskProgress;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Verifying the whole ledger in the background, with progress and cancel. The outcome is the
 * command line's line ("OK n entries, head …" or "TAMPERED at s: kind") in {@link #result()},
 * coloured by its kind, and the explanation below it.
 */
public final class VerifyViewModel {

    private final LedgerReader reader;
    private final Principal actor;
    private final TaskExecutor executor;
    private final LedgerText text;
    private final FailureReporter failures;

    private final TaskProgress task = new TaskProgress();
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");
    private final Notice result = new Notice();

    VerifyViewModel(LedgerReader reader, Principal actor, TaskExecutor executor, LedgerText text, FailureReporter failures) {
        this.reader = reader;
        this.actor = actor;
        this.executor = executor;
        this.text = text;
        this.failures = failures;
    }

    // ---------------------------------------------------------------- Properties

    public ReadOnlyBooleanProperty runningProperty() {
        return task.runningProperty();
    }

    /** 0..1, or negative while the amount is not known yet. */
    public ReadOnlyDoubleProperty progressProperty() {
        return task.progressProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return task.messageProperty();
    }

    /** The summary line: SUCCESS when intact, ERROR when tampered or when verification failed. */
    public Notice result() {
        return result;
    }

    /** What the verifier says about the break, or how many checkpoints were checked. */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    // ---------------------------------------------------------------- Commands

    public void verify() {
        if (task.isRunning()) {
            return;
        }
        result.clear();
        detail.set("");
        executor.execute(task.track(BackgroundTask.of(text.get("verify.task"), p -> reader.verify(actor, p)))
                .onSuccess(this::show)
                .onCancelled(() -> result.info(text.get("verify.cancelled")))
                .onFailure(error -> failures.report(error, result))
                .onFinished(task::finished));
    }

    /** Stops the verification at its next check; nothing is concluded from a partial run. */
    public void cancel() {
        task.cancel();
    }

    private void show(VerificationResult outcome) {
        if (outcome.ok()) {
            result.success(outcome.summary());
            detail.set(text.format("verify.okDetail", outcome.checkpointsChecked()));
        } else {
            result.error(outcome.summary());
            detail.set(outcome.detail() == null ? "" : outcome.detail());
        }
    }
}
