package com.custodia.ui.importing;

import com.custodia.service.people.importing.ImportPreview;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One column of the file in the wizard's mapping: its name, an example value, the person column
 * it imports as (null to leave it out), and how that choice stands. {@link ColumnMapping} keeps
 * the state and note up to date, since a conflict depends on the other columns.
 */
public final class MappedColumn {

    /** How the column's choice stands; the view colours the row by it. */
    public enum State {
        /** Imports as the person column its name matches. */
        MATCHED,
        /** Imports as a person column the operator chose. */
        MAPPED,
        /** Named like a person column, but left out by the operator. */
        IGNORED,
        /** Not a person column and left out: the report lists it. */
        UNKNOWN,
        /** Cannot be imported as chosen: another column has the same target or the same name. */
        CONFLICT
    }

    private final ImportPreview.Column column;
    private final String example;
    private final ObjectProperty<String> target = new SimpleObjectProperty<>(this, "target");
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.UNKNOWN);
    private final ReadOnlyStringWrapper note = new ReadOnlyStringWrapper(this, "note", "");
    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper(this, "heading", "");

    MappedColumn(ImportPreview.Column column, String example) {
        this.column = column;
        this.example = example;
        this.target.set(column.match());
    }

    public int index() {
        return column.index();
    }

    /** The name as the file's header gives it. */
    public String name() {
        return column.name();
    }

    /** The person column the name matches, or null. */
    public String match() {
        return column.match();
    }

    boolean repeated() {
        return column.repeated();
    }

    /** The value of the first data row, for recognising the column. */
    public String example() {
        return example;
    }

    /** The person column it imports as; null leaves it out. */
    public ObjectProperty<String> targetProperty() {
        return target;
    }

    public String target() {
        return target.get();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public State state() {
        return state.get();
    }

    /** Says how the choice stands, in words. */
    public ReadOnlyStringProperty noteProperty() {
        return note.getReadOnlyProperty();
    }

    /** The preview's column heading: the file's name and what it imports as. */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    void show(State newState, String newNote, String newHeading) {
        state.set(newState);
        note.set(newNote);
        heading.set(newHeading);
    }
}
