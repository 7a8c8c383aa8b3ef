package com.custodia.ui.ledger;

import com.custodia.ui.common.Notice;
import com.custodia.ui.common.FailureReporter;

import com.custodia.domain.LegalBasis;
import com.custodia.domain.RecipientKind;
import com.custodia.service.auth.Principal;
import com.custodia.service.disclosure.Disclosed;
import com.custodia.service.people.PersonExportService;
import com.custodia.ui.common.BackgroundTask;
import com.custodia.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The side panel that exports persons as CSV through the disclosure gate (privacy officers). The
 * rules' refusal ("No active consent covers …") is shown beside the form as it comes; on success
 * the form shows the ledger entry and the file's SHA-256.
 */
public final class ExportForm {

    private final PersonExportService exports;
    private final Principal actor;
    private final TaskExecutor executor;
    private final LedgerText text;
    private final FailureReporter failures;
    private final FileTarget target;
    private final LongConsumer exported;

    private final StringProperty recipient = new SimpleStringProperty(this, "recipient", "");
    private final ObjectProperty<LegalBasis> basis = new SimpleObjectProperty<>(this, "basis", LegalBasis.CONSENT);
    private final ObjectProperty<RecipientKind> kind = new SimpleObjectProperty<>(this, "kind",
            PersonExportService.defaultKind(LegalBasis.CONSENT));
    private final StringProperty reference = new SimpleStringProperty(this, "reference", "");
    private final StringProperty purpose = new SimpleStringProperty(this, "purpose", "");
    private final StringProperty personIds = new SimpleStringProperty(this, "personIds", "");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final Notice notice = new Notice();
    private BackgroundTask<Disclosed> current;

    ExportForm(PersonExportService exports, Principal actor, TaskExecutor executor, LedgerText text, FailureReporter failures,
               FileTarget target, LongConsumer exported) {
        this.exports = exports;
        this.actor = actor;
        this.executor = executor;
        this.text = text;
        this.failures = failures;
        this.target = target;
        this.exported = exported;
        // the basis implies the usual recipient kind; the operator may still pick another
        basis.addListener((o, old, now) -> kind.set(now == null ? null : PersonExportService.defaultKind(now)));
    }

    // ---------------------------------------------------------------- Properties

    public StringProperty recipientProperty() { return recipient; }
    public ObjectProperty<LegalBasis> basisProperty() { return basis; }
    public ObjectProperty<RecipientKind> kindProperty() { return kind; }
    public StringProperty referenceProperty() { return reference; }
    public StringProperty purposeProperty() { return purpose; }
    public StringProperty personIdsProperty() { return personIds; }
    public StringProperty targetProperty() { return target.pathProperty(); }
    public ReadOnlyBooleanProperty runningProperty() { return running.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    public Notice notice() { return notice; }

    // ---------------------------------------------------------------- Commands

    void open() {
        notice.clear();
    }

    public void chooseTarget() {
        target.choose(text.get("export.chooseTitle"));
        target.ensureExtension("csv");
    }

    /** Exports in the background; the service and the rules judge the input, the form only parses ids. */
    public void export() {
        notice.clear();
        Set<Long> ids = new LinkedHashSet<>();
        for (String token : personIds.get() == null ? new String[0] : personIds.get().strip().split("[,;\\s]+")) {
            if (token.isEmpty()) {
                continue;
            }
            Long id = LedgerViewModel.parseId(token);
            if (id == null) {
                notice.error(text.format("export.badIds", token));
                return;
            }
            ids.add(id);
        }
        target.ensureExtension("csv");
        Path file = target.current().orElse(null);
        if (file == null) {
            notice.error(text.get("export.targetMissing"));
            return;
        }
        if (!target.mayWrite(file)) {
            return;
        }
        var to = new PersonExportService.Recipient(kind.get(), recipient.get().strip(), null, basis.get(),
                reference.get().isBlank() ? null : reference.get().strip(), purpose.get().strip());
        // a cancel that comes after the gate has released the file must not read as "nothing handed over"
        AtomicReference<Disclosed> released = new AtomicReference<>();
        BackgroundTask<Disclosed> task = BackgroundTask.of(text.get("export.task"), p -> {
            Disclosed done = exports.export(actor, Set.copyOf(ids), to, file, p);
            released.set(done);
            return done;
        });
        progress.bind(task.progressProperty());
        message.bind(task.messageProperty());
        running.set(true);
        current = task;
        executor.execute(task
                .onSuccess(done -> done(file, done))
                .onCancelled(() -> {
                    if (released.get() != null) {
                        done(file, released.get());
                    } else {
                        notice.info(text.get("export.cancelled"));
                    }
                })
                .onFailure(error -> failures.report(error, notice))
                .onFinished(this::finished));
    }

    private void done(Path file, Disclosed done) {
        notice.success(text.format("export.done", file, Long.toString(done.ledgerSeq()), done.payloadSha256()));
        exported.accept(done.ledgerSeq());
    }

    /** Stops before the gate if it has not been reached; once the entry is committed the file follows. */
    public void cancel() {
        if (current != null) {
            current.cancel();
        }
    }

    private void finished() {
        progress.unbind();
        message.unbind();
        message.set("");
        running.set(false);
        current = null;
    }
}
