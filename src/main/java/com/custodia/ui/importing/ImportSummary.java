package com.custodia.ui.importing;

import com.custodia.service.people.importing.ImportCounts;
import com.custodia.service.people.importing.ImportResult;
import com.custodia.ui.common.Notice;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The wizard's last step in words: the headline (done, done with refused rows, or cancelled), the
 * four counts, what became of the columns, how many refused rows the screen lists, and where the
 * report is.
 */
public final class ImportSummary {

    private final ImportText text;
    private final Notice headline = new Notice();
    private final ReadOnlyStringWrapper inserted = new ReadOnlyStringWrapper(this, "inserted", "");
    private final ReadOnlyStringWrapper updated = new ReadOnlyStringWrapper(this, "updated", "");
    private final ReadOnlyStringWrapper unchanged = new ReadOnlyStringWrapper(this, "unchanged", "");
    private final ReadOnlyStringWrapper rejected = new ReadOnlyStringWrapper(this, "rejected", "");
    private final ReadOnlyStringWrapper columns = new ReadOnlyStringWrapper(this, "columns", "");
    private final ReadOnlyStringWrapper problemsNote = new ReadOnlyStringWrapper(this, "problemsNote", "");
    private final ReadOnlyStringWrapper report = new ReadOnlyStringWrapper(this, "report", "");
    private final ReadOnlyBooleanWrapper cancelled = new ReadOnlyBooleanWrapper(this, "cancelled", false);

    ImportSummary(ImportText text) {
        this.text = text;
    }

    // ---------------------------------------------------------------- Properties

    /** SUCCESS when every row went in, ERROR when some were refused, INFO when cancelled. */
    public Notice headline() {
        return headline;
    }

    public ReadOnlyStringProperty insertedProperty() {
        return inserted.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty updatedProperty() {
        return updated.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unchangedProperty() {
        return unchanged.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty rejectedProperty() {
        return rejected.getReadOnlyProperty();
    }

    /** The columns left out, by the operator or as unknown. */
    public ReadOnlyStringProperty columnsProperty() {
        return columns.getReadOnlyProperty();
    }

    /** Above the list of refused rows: how many there are and whether all are listed. */
    public ReadOnlyStringProperty problemsNoteProperty() {
        return problemsNote.getReadOnlyProperty();
    }

    /** The report file's full path. */
    public ReadOnlyStringProperty reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** Whether the import was cancelled, so it can be continued. */
    public ReadOnlyBooleanProperty cancelledProperty() {
        return cancelled.getReadOnlyProperty();
    }

    // ---------------------------------------------------------------- Filling

    void show(ImportRun.Outcome outcome, String file, Path reportFile, List<String> ignored, long problems) {
        ImportCounts c = outcome.counts();
        inserted.set(text.format("count", c.inserted()));
        updated.set(text.format("count", c.updated()));
        unchanged.set(text.format("count", c.unchanged()));
        rejected.set(text.format("count", c.rejected()));
        cancelled.set(outcome.cancelled());
        ImportResult r = outcome.result();
        if (outcome.cancelled()) {
            headline.info(text.format("summary.cancelled", file, c.rowsRead()));
        } else if (r.rejected() == 0) {
            headline.success(text.format(r.resumedAtLine() > 0 ? "summary.doneResumed" : "summary.done", file,
                    r.rowsRead(), r.resumedAtLine()));
        } else {
            headline.error(text.format(r.resumedAtLine() > 0 ? "summary.refusedResumed" : "summary.refused", file,
                    r.rowsRead(), r.rejected(), r.resumedAtLine()));
        }
        List<String> unknown = r == null ? List.of() : r.unknownColumns();
        String left = ignored.isEmpty() ? "" : text.format("summary.ignored", String.join(", ", ignored));
        String notKnown = unknown.isEmpty() ? "" : text.format("summary.unknown", String.join(", ", unknown));
        columns.set((left + " " + notKnown).strip());
        problemsNote.set(problems == 0 ? text.get("summary.noProblems")
                : problems > ImportRun.SHOWN_PROBLEMS ? text.format("summary.someProblems", ImportRun.SHOWN_PROBLEMS,
                problems) : text.format("summary.allProblems", problems));
        report.set(reportFile.toAbsolutePath().normalize().toString());
    }

    void clear() {
        headline.clear();
        inserted.set("");
        updated.set("");
        unchanged.set("");
        rejected.set("");
        columns.set("");
        problemsNote.set("");
        report.set("");
        cancelled.set(false);
    }
}
