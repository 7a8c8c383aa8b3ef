package com.custodia.ui.casefile;

import com.custodia.casefile.CaseFileException;
import com.custodia.casefile.CaseFileReader;
import com.custodia.casefile.Manifest;
import com.custodia.casefile.OpenedCase;
import com.custodia.casefile.ProvenLedgerEntry;
import com.custodia.ui.common.BackgroundTask;
import com.custodia.ui.common.DialogService;
import com.custodia.ui.common.TaskExecutor;
import com.custodia.casefile.ReviewNotes;
import com.custodia.casefile.ReviewNotesFile;
import java.nio.file.Path;
import java.time.Clock;
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
    record Snapshot(SealState state, String seal, String title, List<LedgerRow> rows, String caseText, String report,
                    Path file, ReviewNotes notes, List<String> items) {
    }

    private final Supplier<CaseFileReader> reader;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ResourceBundle text;
    private final Clock clock;

    // ---------------------------------------------------------------- Properties

    private final ObjectProperty<SealState> state = new SimpleObjectProperty<>(SealState.NONE);
    private final StringProperty seal = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty caseText = new SimpleStringProperty("");
    private final StringProperty report = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final ObservableList<LedgerRow> entries = FXCollections.observableArrayList();
    private final ObservableList<String> items = FXCollections.observableArrayList();
    private final ObservableList<ReviewNotes.Note> notes = FXCollections.observableArrayList();
    private final StringProperty item = new SimpleStringProperty();
    private final ObjectProperty<ReviewNotes.Decision> decision = new SimpleObjectProperty<>(ReviewNotes.Decision.NOTED);
    private final StringProperty noteText = new SimpleStringProperty("");
    private final StringProperty reviewer = new SimpleStringProperty("");
    private final BooleanProperty reviewable = new SimpleBooleanProperty(false);
    private final StringProperty passphrase = new SimpleStringProperty("");
    private Path openFile;
    private ReviewNotes reviewNotes;

    public CaseFileViewModel(Supplier<CaseFileReader> reader, TaskExecutor executor, DialogService dialogs,
                             ResourceBundle text, Clock clock) {
        this.clock = clock;
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
    public ObservableList<String> items() { return items; }
    public ObservableList<ReviewNotes.Note> notes() { return notes; }
    public StringProperty itemProperty() { return item; }
    public ObjectProperty<ReviewNotes.Decision> decisionProperty() { return decision; }
    public StringProperty noteTextProperty() { return noteText; }
    public StringProperty reviewerProperty() { return reviewer; }
    /** The passphrase of an encrypted payload, if the reviewer was given one; empty opens the seal only. */
    public StringProperty passphraseProperty() { return passphrase; }
    /** True while a sealed case is open: only then can notes be written. */
    public ReadOnlyBooleanProperty reviewableProperty() { return reviewable; }

    // ---------------------------------------------------------------- Commands

    public void chooseAndOpen() {
        dialogs.chooseFile(text.getString("choose.title"), null).ifPresent(this::open);
    }

    /** Opens and verifies the file in the background; an encrypted payload stays closed here. */
    public void open(Path file) {
        busy.set(true);
        String given = passphrase.get();
        char[] secret = given == null || given.isEmpty() ? null : given.toCharArray();
        executor.execute(BackgroundTask.of(text.getString("task.open"), progress -> {
                    try {
                        return read(file, secret);
                    } finally {
                        if (secret != null) {
                            java.util.Arrays.fill(secret, '\0');
                        }
                    }
                })
                .onSuccess(this::show)
                .onFailure(this::failed));
    }

    /**
     * Writes the note on the chosen item into the review file beside the case (the case file itself is
     * never written), replacing this reviewer's earlier note on the same item.
     */
    public void saveNote() {
        if (!reviewable.get() || item.get() == null || reviewer.get() == null || reviewer.get().isBlank()) {
            dialogs.showError(text.getString("error.title"), text.getString("note.incomplete"));
            return;
        }
        ReviewNotes updated = reviewNotes.with(new ReviewNotes.Note(item.get(), decision.get(), noteText.get(),
                reviewer.get().strip(), clock.instant().toString()));
        Path target = ReviewNotesFile.beside(openFile);
        busy.set(true);
        executor.execute(BackgroundTask.of(text.getString("task.save"), progress -> {
            ReviewNotesFile.write(target, updated);
            return updated;
        }).onSuccess(saved -> {
            busy.set(false);
            reviewNotes = saved;
            notes.setAll(saved.notes());
            noteText.set("");
        }).onFailure(this::failed));
    }

    private Snapshot read(Path file, char[] secret) throws Exception {
        try (OpenedCase opened = reader.get().open(file, secret)) {
            Manifest m = opened.manifest();
            List<LedgerRow> rows = opened.ledgerEntries().stream().map(this::row).toList();
            String caseData = opened.caseJson().orElse(text.getString("payload.locked"));
            String reportLine = opened.report().map(b -> MessageFormat.format(text.getString("report.present"),
                    b.length)).orElse(opened.payloadOpen() ? text.getString("report.none") : text.getString("payload.locked"));
            ReviewNotes existing = ReviewNotesFile.read(ReviewNotesFile.beside(file))
                    .filter(n -> n.manifestSha256().equalsIgnoreCase(opened.manifestSha256()))
                    .orElse(ReviewNotes.empty(opened));
            List<String> reviewItems = new java.util.ArrayList<>();
            reviewItems.add("case");
            opened.ledgerEntries().forEach(e -> reviewItems.add("ledger:" + e.seq()));
            m.entries().forEach(e -> reviewItems.add(e.name()));
            return new Snapshot(opened.seal().knownKey() ? SealState.SEALED : SealState.UNKNOWN_KEY,
                    opened.seal().summary(), MessageFormat.format(text.getString("case.title"), m.caseKind(), m.caseId()),
                    rows, caseData, reportLine, file, existing, reviewItems);
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
        openFile = s.file();
        reviewNotes = s.notes();
        reviewable.set(s.notes() != null);
        items.setAll(s.items());
        item.set(s.items().isEmpty() ? null : s.items().get(0));
        notes.setAll(s.notes() == null ? List.of() : s.notes().notes());
    }

    private void failed(Throwable e) {
        busy.set(false);
        if (e instanceof CaseFileException c && (c.problem() == CaseFileException.Problem.BROKEN
                || c.problem() == CaseFileException.Problem.HOSTILE)) {
            // a broken file shows nothing but why
            show(new Snapshot(SealState.BROKEN, MessageFormat.format(text.getString("seal.broken"), c.getMessage()), "",
                    List.of(), "", "", null, null, List.of()));
            return;
        }
        dialogs.showError(text.getString("error.title"), e.getMessage());
    }
}
