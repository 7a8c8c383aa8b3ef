package com.custodia.ui.importing;

import com.custodia.domain.Progress;
import com.custodia.service.auth.Principal;
import com.custodia.service.people.importing.ImportCounts;
import com.custodia.service.people.importing.ImportOptions;
import com.custodia.service.people.importing.ImportProblem;
import com.custodia.service.people.importing.ImportProgress;
import com.custodia.service.people.importing.ImportResult;
import com.custodia.service.people.importing.PersonImportService;
import com.custodia.ui.common.BackgroundTask;
import com.custodia.ui.common.FailureReporter;
import com.custodia.ui.common.Notice;
import com.custodia.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One import in the background: progress, rows per second, the counts so far, the refused rows
 * as they are found (the first {@value #SHOWN_PROBLEMS}; the report has all), and cancel. Cancel
 * takes effect before the next batch is written, so whole batches stay in and running the same
 * file again continues after them.
 */
public final class ImportRun {

    /** The refused rows kept for the screen; a file with a million bad rows is read in the report. */
    static final int SHOWN_PROBLEMS = 1_000;

    /** How a run ended: every row read ({@code result} set) or cancelled after {@code counts}. */
    record Outcome(ImportResult result, ImportCounts counts, boolean cancelled) {
    }

    private final PersonImportService service;
    private final Principal actor;
    private final TaskExecutor executor;
    private final Clock clock;
    private final ImportText text;
    private final FailureReporter failures;

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper rate = new ReadOnlyStringWrapper(this, "rate", "");
    private final ReadOnlyStringWrapper soFar = new ReadOnlyStringWrapper(this, "soFar", "");
    private final ReadOnlyObjectWrapper<ImportCounts> counts = new ReadOnlyObjectWrapper<>(this, "counts");
    private final ReadOnlyLongWrapper problemCount = new ReadOnlyLongWrapper(this, "problemCount", 0);
    private final ObservableList<ImportProblem> problems = FXCollections.observableArrayList();
    private final Notice notice = new Notice();

    private BackgroundTask<ImportResult> current;
    private Instant started;
    private Instant firstAt;
    private long firstRows;

    ImportRun(PersonImportService service, Principal actor, TaskExecutor executor, Clock clock, ImportText text,
              FailureReporter failures) {
        this.service = service;
        this.actor = actor;
        this.executor = executor;
        this.clock = clock;
        this.text = text;
        this.failures = failures;
    }

    // ---------------------------------------------------------------- Properties

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0..1 of the file's bytes, or negative while not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Rows per second of this run, once a batch is in. */
    public ReadOnlyStringProperty rateProperty() {
        return rate.getReadOnlyProperty();
    }

    /** The counts so far, in words. */
    public ReadOnlyStringProperty soFarProperty() {
        return soFar.getReadOnlyProperty();
    }

    /** The counts of the whole file after the last committed batch, or null before the first. */
    public ReadOnlyObjectProperty<ImportCounts> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** The refused rows' problems heard so far, at most {@value #SHOWN_PROBLEMS}. */
    public ObservableList<ImportProblem> problems() {
        return problems;
    }

    /** Every problem heard, also those beyond the ones kept. */
    public ReadOnlyLongProperty problemCountProperty() {
        return problemCount.getReadOnlyProperty();
    }

    /** Why the import could not start or stopped with an error. */
    public Notice notice() {
        return notice;
    }

    // ---------------------------------------------------------------- Commands

    void start(Path file, ImportOptions options, Consumer<Outcome> done) {
        if (running.get()) {
            return;
        }
        clear();
        started = clock.instant();
        BackgroundTask<ImportResult> task = BackgroundTask.of(text.get("run.task"),
                p -> service.importCsv(actor, file, options, new Listener(p)));
        progress.bind(task.progressProperty());
        message.bind(task.messageProperty());
        running.set(true);
        current = task;
        executor.execute(task
                .onSuccess(result -> done.accept(new Outcome(result, countsOf(result), false)))
                .onCancelled(() -> done.accept(new Outcome(null, counts.get() == null
                        ? new ImportCounts(0, 0, 0, 0, 0) : counts.get(), true)))
                .onFailure(error -> failures.report(error, notice))
                .onFinished(this::finished));
    }

    /** Stops before the next batch is written; the batches already written stay. */
    public void cancel() {
        if (current != null) {
            current.cancel();
            message.unbind();
            message.set(text.get("run.cancelling"));
        }
    }

    void clear() {
        problems.clear();
        problemCount.set(0);
        counts.set(null);
        rate.set("");
        soFar.set("");
        notice.clear();
        firstAt = null;
    }

    private static ImportCounts countsOf(ImportResult r) {
        return new ImportCounts(r.rowsRead(), r.inserted(), r.updated(), r.unchanged(), r.rejected());
    }

    private void finished() {
        progress.unbind();
        message.unbind();
        message.set("");
        running.set(false);
        current = null;
    }

    // ---------------------------------------------------------------- What the import reports (UI thread)

    private void committed(ImportCounts now, Instant at) {
        counts.set(now);
        soFar.set(text.format("run.soFar", now.rowsRead(), now.inserted(), now.updated(), now.unchanged(),
                now.rejected()));
        // the first batch is measured from the start; later ones from the first, so rows an
        // interrupted earlier run committed (counted in the first report) do not inflate the rate
        double rowsPerSecond = firstAt == null ? perSecond(now.rowsRead(), started, at)
                : perSecond(now.rowsRead() - firstRows, firstAt, at);
        if (firstAt == null) {
            firstAt = at;
            firstRows = now.rowsRead();
        }
        if (rowsPerSecond >= 0) {
            rate.set(text.format("run.rate", Math.round(rowsPerSecond)));
        }
    }

    private static double perSecond(long rows, Instant from, Instant to) {
        long nanos = Duration.between(from, to).toNanos();
        return nanos <= 0 ? -1 : rows * 1e9 / nanos;
    }

    private void heard(List<ImportProblem> kept, int total) {
        problems.addAll(kept);
        problemCount.set(problemCount.get() + total);
    }

    /** Passes the plain progress to the task and brings counts and problems to the UI thread. */
    private final class Listener implements ImportProgress {

        private final Progress task;
        /** Problems heard on the worker thread, so only those the screen keeps cross to the UI. */
        private long heard;
        /** The import's last message about what it is doing, as opposed to how far it has counted. */
        private String phase = "";
        private boolean countsNext;

        Listener(Progress task) {
            this.task = task;
        }

        /**
         * The message after each committed batch repeats the counts, which the screen shows in its
         * own words ({@link #soFarProperty()}); the bar keeps moving under the last phase instead.
         */
        @Override
        public void update(double fraction, String text) {
            if (countsNext) {
                countsNext = false;
                task.update(fraction, phase);
            } else {
                phase = text;
                task.update(fraction, text);
            }
        }

        @Override
        public void checkCancelled() {
            task.checkCancelled();
        }

        @Override
        public void committed(ImportCounts soFar) {
            countsNext = true;
            Instant at = clock.instant();
            executor.runOnUi(() -> ImportRun.this.committed(soFar, at));
        }

        @Override
        public void problems(List<ImportProblem> batch) {
            if (batch.isEmpty()) {
                return;
            }
            int room = (int) Math.max(0, SHOWN_PROBLEMS - heard);
            List<ImportProblem> kept = List.copyOf(batch.subList(0, Math.min(room, batch.size())));
            heard += batch.size();
            executor.runOnUi(() -> heard(kept, batch.size()));
        }
    }
}
