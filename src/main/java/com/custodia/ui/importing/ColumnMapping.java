package com.custodia.ui.importing;

import com.custodia.service.people.importing.ImportPreview;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The wizard's column mapping: each column of the file beside the person column it imports as,
 * matched by name at first and changeable; unknown columns flagged; the first rows of the file as
 * a preview. It says what stops the import (no last_name, a person column chosen twice, a mapped
 * name the file repeats) and turns the choices into the import's renames and ignored columns.
 */
public final class ColumnMapping {

    /** The choices of the "imports as" box: leave out, then every person column. */
    public static final List<String> TARGETS = choices();

    private final ImportText text;
    private final ObservableList<MappedColumn> columns = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ImportPreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");

    ColumnMapping(ImportText text) {
        this.text = text;
    }

    private static List<String> choices() {
        List<String> all = new ArrayList<>();
        all.add(null);
        all.addAll(ImportPreview.PERSON_COLUMNS);
        return Collections.unmodifiableList(all);
    }

    // ---------------------------------------------------------------- Properties

    public ObservableList<MappedColumn> columns() {
        return columns;
    }

    /** The file's first rows (personal data: dropped by {@link #clear()}). */
    public ReadOnlyObjectProperty<ImportPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** What stops the import as mapped, or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** How many columns are imported and how many are left out. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** The column of the file at this position. */
    public MappedColumn column(int index) {
        return columns.get(index);
    }

    // ---------------------------------------------------------------- Commands

    void load(ImportPreview shown) {
        clear();
        String[] firstRow = shown.rows().isEmpty() ? new String[0] : shown.rows().get(0).values().toArray(String[]::new);
        for (ImportPreview.Column c : shown.columns()) {
            MappedColumn column = new MappedColumn(c, c.index() < firstRow.length ? firstRow[c.index()] : "");
            column.targetProperty().addListener((o, old, now) -> check());
            columns.add(column);
        }
        preview.set(shown);
        check();
    }

    /** Every column back to the person column its name matches. */
    public void matchByName() {
        columns.forEach(c -> c.targetProperty().set(c.match()));
    }

    void clear() {
        columns.clear();
        preview.set(null);
        problem.set("");
        summary.set("");
        valid.set(false);
    }

    /** File column names to person columns, where the choice differs from the name's own match. */
    Map<String, String> renames() {
        Map<String, String> renames = new LinkedHashMap<>();
        for (MappedColumn c : columns) {
            if (c.target() != null && !c.target().equals(c.match())) {
                renames.put(c.name(), c.target());
            }
        }
        return renames;
    }

    /** File columns named like a person column that the operator left out. */
    Set<String> ignored() {
        return columns.stream().filter(c -> c.target() == null && c.match() != null).map(MappedColumn::name)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    // ---------------------------------------------------------------- Checks

    private void check() {
        Map<String, Long> chosen = new HashMap<>();
        columns.stream().filter(c -> c.target() != null).forEach(c -> chosen.merge(c.target(), 1L, Long::sum));
        String firstProblem = null;
        for (MappedColumn c : columns) {
            String heading = c.name() + "\n" + (c.target() == null ? text.get("mapping.heading.ignored")
                    : "\u2192 " + c.target());
            if (c.target() != null && chosen.get(c.target()) > 1) {
                String why = text.format("mapping.note.twice", c.target());
                c.show(MappedColumn.State.CONFLICT, why, heading);
                firstProblem = firstProblem != null ? firstProblem : why;
            } else if (c.target() != null && c.repeated()) {
                String why = text.format("mapping.note.repeated", c.name());
                c.show(MappedColumn.State.CONFLICT, why, heading);
                firstProblem = firstProblem != null ? firstProblem : why;
            } else if (c.target() == null) {
                c.show(c.match() == null ? MappedColumn.State.UNKNOWN : MappedColumn.State.IGNORED,
                        text.get(c.match() == null ? "mapping.note.unknown" : "mapping.note.ignored"), heading);
            } else if (c.target().equals(c.match())) {
                c.show(MappedColumn.State.MATCHED, text.get("mapping.note.matched"), heading);
            } else {
                c.show(MappedColumn.State.MAPPED, text.get("mapping.note.mapped"), heading);
            }
        }
        if (firstProblem == null && !chosen.containsKey("last_name")) {
            firstProblem = text.get("mapping.problem.lastName");
        }
        problem.set(firstProblem == null ? "" : firstProblem);
        valid.set(firstProblem == null && !columns.isEmpty());
        long imported = columns.stream().filter(c -> c.target() != null).count();
        summary.set(text.format("mapping.summary", imported, columns.size() - imported));
    }
}
