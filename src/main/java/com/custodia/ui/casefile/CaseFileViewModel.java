package com.custodia.ui.casefile;

import com.custodia.casefile.CaseFileException;
import com.custodia.casefile.CaseFileReader;
import com.custodia.casefile.Manifest;
import com.custodia.casefile.OpenedCase;
import com.custodia.casefile.ProvenLedgerEntry;
import com.custodia.ui.common.BackgroundTask;
import com.custodia.ui.common.DialogService;
import com.custodia.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A case file opened read-only, with no workspace, database or sign-in: the seal badge (sealed by whom,
 * when, which key, pinned or not; or broken and why), the ledger entries with their proof status, the
 * case data and what the report is. A broken file shows nothing but its reason.
 */
public final class CaseFileViewModel {

    /** What the seal badge shows. */
    public enum SealState { NONE, SEALED, UNKNOWN_KEY, BROKEN }

    /** One ledger entry of the case, as the table shows it. */
    public record LedgerRow(long seq, String time, String recipient, String basis, String purpose, String proof) {
    }

    /** What one opening read, taken off the worker thread whole. */
    record Snapshot(SealState state, String seal, String title, List<LedgerRow> rows, String caseText, String report) {
    }

    private final Supplier<CaseFileReader> reader;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ResourceBundle text;

    // ---------------------------------------------------------------- Properties

    private final ObjectProperty<SealState> state = new SimpleObjectProperty<>(SealState.NONE);
    private final StringProperty seal = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty caseText = new SimpleStringProperty("");
    private final StringProperty report = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObservableList<LedgerRow> entries = FXCollections.observableArrayList();

    public CaseFileViewModel(Supplier<CaseFileReader> reader, TaskExecutor executor, DialogService dialogs,
                             ResourceBundle text) {
        this.reader = reader;
        this.executor = executor;
        this.dialogs = dialogs;
        this.text = text;
        seal.set(text.getString("seal.none"));
    }

    public ReadOnlyObjectProperty<SealState> stateProperty() { return state; }
    public ReadOnlyStringProperty sealProperty() { return seal; }
    public ReadOnlyStringProperty titleProperty() { return title; }
    public ReadOnlyStringProperty caseTextProperty() { return caseText; }
    public ReadOnlyStringProperty reportProperty() { return report; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    public ObservableList<LedgerRow> entries() { return entries; }

    // ---------------------------------------------------------------- Commands

    public void chooseAndOpen() {
        dialogs.chooseFile(text.getString("choose.title"), null).ifPresent(this::open);
    }

    /** Opens and verifies the file in the background; an encrypted payload stays closed here. */
    public void open(Path file) {
        busy.set(true);
        executor.execute(BackgroundTask.of(text.getString("task.open"), progress -> read(file))
                .onSuccess(this::show)
                .onFailure(this::failed));
    }

    private Snapshot read(Path file) throws Exception {
        try (OpenedCase opened = reader.get().open(file, null)) {
            Manifest m = opened.manifest();
            List<LedgerRow> rows = opened.ledgerEntries().stream().map(this::row).toList();
            String caseData = opened.caseJson().orElse(text.getString("payload.locked"));
            String reportLine = opened.report().map(b -> MessageFormat.format(text.getString("report.present"),
                    b.length)).orElse(opened.payloadOpen() ? text.getString("report.none") : text.getString("payload.locked"));
            return new Snapshot(opened.seal().knownKey() ? SealState.SEALED : SealState.UNKNOWN_KEY,
                    opened.seal().summary(), MessageFormat.format(text.getString("case.title"), m.caseKind(), m.caseId()),
                    rows, caseData, reportLine);
        }
    }

    private LedgerRow row(ProvenLedgerEntry e) {
        return new LedgerRow(e.seq(), String.valueOf(e.fields().get("time")), String.valueOf(e.fields().get("recipientName")),
                String.valueOf(e.fields().get("basis")), String.valueOf(e.fields().get("purpose")),
                e.proven() ? text.getString("proof.ok") : text.getString("proof.failed"));
    }

    private void show(Snapshot s) {
        busy.set(false);
        state.set(s.state());
        seal.set(s.seal());
        title.set(s.title());
        entries.setAll(s.rows());
        caseText.set(s.caseText());
        report.set(s.report());
    }

    private void failed(Throwable e) {
        busy.set(false);
        if (e instanceof CaseFileException c && (c.problem() == CaseFileException.Problem.BROKEN
                || c.problem() == CaseFileException.Problem.HOSTILE)) {
            // a broken file shows nothing but why
            show(new Snapshot(SealState.BROKEN, MessageFormat.format(text.getString("seal.broken"), c.getMessage()), "",
                    List.of(), "", ""));
            return;
        }
        dialogs.showError(text.getString("error.title"), e.getMessage());
    }
}
