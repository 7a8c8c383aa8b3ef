package com.custodia.ui.people;

import com.custodia.domain.PersonField;
import com.custodia.domain.PersonKind;
import com.custodia.service.people.EditConflict;
import com.custodia.service.people.EditConflict.Change;
import com.custodia.service.people.EditConflict.Side;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * The conflict dialog without its nodes: a save found the person changed on another workstation
 * meanwhile. For every field someone changed it shows what the operator started from (base),
 * what is stored now (theirs) and what they typed (mine), and holds the operator's choice. A
 * field only one side changed starts with that side chosen, so nothing is lost by accepting; a
 * field both changed to different values starts with no choice, and the dialog cannot be applied
 * until the operator picks one.
 */
public final class ConflictViewModel {

    /** One changed field. {@code choice} is null while a conflicting field is undecided. */
    public static final class Row {
        private final PersonField field;
        private final String label;
        private final String base;
        private final String theirs;
        private final String mine;
        private final Change change;
        private final String changeText;
        private final ObjectProperty<Side> choice = new SimpleObjectProperty<>(this, "choice");

        Row(PersonField field, String label, String base, String theirs, String mine, Change change,
            String changeText, Side initial) {
            this.field = field;
            this.label = label;
            this.base = base;
            this.theirs = theirs;
            this.mine = mine;
            this.change = change;
            this.changeText = changeText;
            choice.set(initial);
        }

        public PersonField field() { return field; }
        public String label() { return label; }
        public String base() { return base; }
        public String theirs() { return theirs; }
        public String mine() { return mine; }
        public Change change() { return change; }
        /** Who changed the field, in words. */
        public String changeText() { return changeText; }
        /** Whether the operator picks a side: not when both made the same change. */
        public boolean choosable() { return change != Change.BOTH_ALIKE; }
        public boolean conflicting() { return change == Change.CONFLICT; }
        public ObjectProperty<Side> choiceProperty() { return choice; }
    }

    private final EditConflict conflict;
    private final String intro;
    private final List<Row> rows;
    private final BooleanBinding decided;

    ConflictViewModel(EditConflict conflict, PeopleText text) {
        this.conflict = conflict;
        List<Row> list = new ArrayList<>();
        for (PersonField f : PersonField.values()) {
            Change change = conflict.fields().get(f);
            if (change == Change.UNCHANGED) {
                continue;
            }
            Side initial = switch (change) {
                case MINE -> Side.MINE;
                case THEIRS -> Side.THEIRS;
                default -> null;
            };
            list.add(new Row(f, text.field(f), shown(text, f, conflict.base().form().get(f)),
                    shown(text, f, conflict.theirs().form().get(f)), shown(text, f, conflict.mine().get(f)), change,
                    text.get("conflict.change." + change.name()), initial));
        }
        this.rows = List.copyOf(list);
        this.intro = text.format(conflict.hasConflicts() ? "conflict.intro.choose" : "conflict.intro.review",
                conflict.personId(), conflict.base().version(), conflict.theirs().version(),
                conflict.conflicting().size());
        ObservableValue<?>[] choices = rows.stream().map(Row::choiceProperty).toArray(ObservableValue[]::new);
        decided = Bindings.createBooleanBinding(
                () -> rows.stream().noneMatch(r -> r.conflicting() && r.choiceProperty().get() == null), choices);
    }

    // ---------------------------------------------------------------- Properties

    public String intro() { return intro; }
    public List<Row> rows() { return rows; }
    public EditConflict conflict() { return conflict; }
    /** Whether every conflicting field has a choice, so the dialog may be applied. */
    public BooleanBinding decidedProperty() { return decided; }

    /** The field's choice, for tests and the dialog's keyboard shortcuts. */
    public void choose(PersonField field, Side side) {
        rows.stream().filter(r -> r.field() == field && r.choosable()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(field + " has nothing to choose"))
                .choiceProperty().set(side);
    }

    /** Every side chosen so far, by field. */
    Map<PersonField, Side> choices() {
        Map<PersonField, Side> out = new EnumMap<>(PersonField.class);
        rows.forEach(r -> {
            if (r.choiceProperty().get() != null) {
                out.put(r.field(), r.choiceProperty().get());
            }
        });
        return out;
    }

    private static String shown(PeopleText text, PersonField field, String value) {
        if (value == null || value.isEmpty()) {
            return text.get("conflict.empty");
        }
        return field == PersonField.KIND ? text.kind(PersonKind.valueOf(value)) : value;
    }
}
