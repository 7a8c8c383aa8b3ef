package com.custodia.ui.importing;

import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.service.people.importing.ImportOptions;
import com.custodia.service.people.importing.ImportPreview;
import com.custodia.service.people.importing.PersonImportService;
import com.custodia.ui.common.BackgroundTask;
import com.custodia.ui.common.DialogService;
import com.custodia.ui.common.FailureReporter;
import com.custodia.ui.common.Notice;
import com.custodia.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The "Import persons" wizard (issue 4, item 6) in four steps: choose the CSV file; map its
 * columns to person columns with a preview of the first rows; run the import in the background
 * with progress, rows per second and cancel; read the summary with every refused row's line and
 * reason and the report file. Holds no nodes; the view binds to it.
 */
public final class ImportViewModel {

    /** The wizard's steps, in order. */
    public enum Step { FILE, MAPPING, RUN, SUMMARY }

    /** Rows of the file shown under the mapping. */
    static final int PREVIEW_ROWS = 10;

    private final PersonImportService service;
    private final Principal actor;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ImportText text;
    private final FailureReporter failures;
    private final int batchSize;

    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step", Step.FILE);
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyObjectWrapper<Path> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyStringWrapper fileText = new ReadOnlyStringWrapper(this, "fileText", "");
    private final ReadOnlyStringWrapper reportText = new ReadOnlyStringWrapper(this, "reportText", "");
    private final ReadOnlyStringWrapper batchNote = new ReadOnlyStringWrapper(this, "batchNote", "");
    private final ReadOnlyBooleanWrapper reading = new ReadOnlyBooleanWrapper(this, "reading", false);
    private final Notice fileNotice = new Notice();
    private final ColumnMapping mapping;
    private final ImportRun run;
    private final ImportSummary summary;

    /**
     * @param batchSize rows per transaction; tests pass a small one to cancel between batches
     */
    public ImportViewModel(PersonImportService service, Principal actor, TaskExecutor executor, DialogService dialogs,
                           Clock clock, ResourceBundle bundle, int batchSize) {
        this.service = service;
        this.actor = actor;
        this.executor = executor;
        this.dialogs = dialogs;
        this.text = new ImportText(bundle);
        this.failures = new FailureReporter(dialogs, text.get("error.title"));
        this.batchSize = batchSize;
        this.mapping = new ColumnMapping(text);
        this.run = new ImportRun(service, actor, executor, clock, text, failures);
        this.summary = new ImportSummary(text);
        batchNote.set(text.format("run.batches", batchSize));
    }

    // ---------------------------------------------------------------- Properties

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** Whether the signed-in operator may import; the service checks again. */
    public boolean mayImport() {
        return actor.may(Permission.PERSON_IMPORT);
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** The chosen file's name and folder. */
    public ReadOnlyStringProperty fileTextProperty() {
        return fileText.getReadOnlyProperty();
    }

    /** Where the report will be written (beside the file unless chosen). */
    public ReadOnlyObjectProperty<Path> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reportTextProperty() {
        return reportText.getReadOnlyProperty();
    }

    /** What cancel keeps, said before the import starts. */
    public ReadOnlyStringProperty batchNoteProperty() {
        return batchNote.getReadOnlyProperty();
    }

    /** While the file's preview is read. */
    public ReadOnlyBooleanProperty readingProperty() {
        return reading.getReadOnlyProperty();
    }

    /** Why the chosen file cannot be used. */
    public Notice fileNotice() {
        return fileNotice;
    }

    public ColumnMapping mapping() {
        return mapping;
    }

    public ImportRun run() {
        return run;
    }

    public ImportSummary summary() {
        return summary;
    }

    ImportText text() {
        return text;
    }

    // ---------------------------------------------------------------- Commands

    /** Step 1: picks the file and reads its columns and first rows; the mapping step follows. */
    public void chooseFile() {
        Path folder = file.get() == null ? null : file.get().getParent();
        dialogs.chooseFile(text.get("file.chooserTitle"), folder).ifPresent(this::readFile);
    }

    void readFile(Path chosen) {
        if (reading.get()) {
            return;
        }
        fileNotice.clear();
        reading.set(true);
        executor.execute(BackgroundTask.of(text.get("file.task"),
                        p -> service.preview(actor, chosen, PREVIEW_ROWS))
                .onSuccess(preview -> previewed(chosen, preview))
                .onFailure(error -> failures.report(error, fileNotice))
                .onFinished(() -> reading.set(false)));
    }

    private void previewed(Path chosen, ImportPreview preview) {
        file.set(chosen);
        Path parent = chosen.toAbsolutePath().getParent();
        fileText.set(text.format("file.chosen", chosen.getFileName().toString(), parent == null ? "" : parent.toString()));
        setReport(besideTheFile(chosen));
        mapping.load(preview);
        step.set(Step.MAPPING);
    }

    /** The report's default place, as the command line puts it: NAME.report.csv beside the file. */
    static Path besideTheFile(Path csv) {
        String name = csv.getFileName().toString();
        String stem = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return csv.toAbsolutePath().resolveSibling(stem + ".report.csv");
    }

    /** Step 2 to 3, once the mapping can be imported. */
    public void next() {
        if (step.get() == Step.MAPPING && mapping.validProperty().get()) {
            step.set(Step.RUN);
        }
    }

    /** One step back: from the run to the mapping, from the mapping to the file. */
    public void back() {
        if (run.runningProperty().get()) {
            return;
        }
        switch (step.get()) {
            case RUN -> step.set(Step.MAPPING);
            case MAPPING -> step.set(Step.FILE);
            default -> { }
        }
    }

    /** Step 3: another place for the report. */
    public void chooseReport() {
        Path current = report.get();
        dialogs.chooseSaveFile(text.get("run.reportChooserTitle"), current == null ? null : current.getParent(),
                current == null ? null : current.getFileName().toString()).ifPresent(this::setReport);
    }

    void setReport(Path path) {
        report.set(path);
        reportText.set(path.toAbsolutePath().normalize().toString());
    }

    /** Step 3: runs the import as mapped; the summary follows when it ends or is cancelled. */
    public void startImport() {
        if (step.get() != Step.RUN || file.get() == null || !mapping.validProperty().get()) {
            return;
        }
        summary.clear();
        ImportOptions options = ImportOptions.defaults().withBatchSize(batchSize).withReport(report.get())
                .withColumnMapping(mapping.renames(), mapping.ignored());
        List<String> ignored = List.copyOf(mapping.ignored());
        String name = file.get().getFileName().toString();
        run.start(file.get(), options, outcome -> {
            summary.show(outcome, name, report.get(), ignored, run.problemCountProperty().get());
            step.set(Step.SUMMARY);
        });
    }

    /** Stops the running import before its next batch. */
    public void cancel() {
        run.cancel();
    }

    /** After a cancel: runs the same file and mapping again, which continues after the kept batches. */
    public void continueImport() {
        if (step.get() == Step.SUMMARY && summary.cancelledProperty().get()) {
            step.set(Step.RUN);
            startImport();
        }
    }

    /** From the summary back to the first step, forgetting the file. */
    public void startOver() {
        if (run.runningProperty().get()) {
            return;
        }
        forget();
        step.set(Step.FILE);
    }

    /**
     * Leaving the screen stops a running import (whole batches stay; running the file again
     * continues) and drops the preview's and the report's rows, which hold personal data.
     */
    public void dispose() {
        run.cancel();
        forget();
    }

    private void forget() {
        mapping.clear();
        run.clear();
        summary.clear();
        fileNotice.clear();
        file.set(null);
        fileText.set("");
        report.set(null);
        reportText.set("");
    }
}
