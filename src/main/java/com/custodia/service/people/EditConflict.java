package com.custodia.service.people;

import com.custodia.domain.PersonField;
import com.custodia.policy.PersonValidation;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A save that found the person changed by someone else since the operator loaded it. Holds the
 * three versions of the profile and, per field, who changed it; nothing was written.
 *
 * @param base   what the operator started from (the form they loaded, with its version)
 * @param theirs what is stored now, with the version to resolve against
 * @param mine   what the operator wanted to save
 * @param fields per field, who changed it relative to the base
 */
public record EditConflict(LoadedPerson base, LoadedPerson theirs, PersonForm mine, Map<PersonField, Change> fields) {

    /** Who changed a field between the base and now. */
    public enum Change {
        /** Nobody. */
        UNCHANGED,
        /** Only the operator; saving their value loses nothing. */
        MINE,
        /** Only the other workstation; keeping theirs loses nothing. */
        THEIRS,
        /** Both, to the same value. */
        BOTH_ALIKE,
        /** Both, to different values: the operator must choose. */
        CONFLICT
    }

    /** Whose value to keep for a field. */
    public enum Side { MINE, THEIRS }

    public EditConflict {
        Objects.requireNonNull(base);
        Objects.requireNonNull(theirs);
        Objects.requireNonNull(mine);
        fields = Collections.unmodifiableMap(new EnumMap<>(fields));
    }

    /** Classifies every field of the three versions. */
    public static EditConflict of(LoadedPerson base, LoadedPerson theirs, PersonForm mine) {
        Map<PersonField, Change> fields = new EnumMap<>(PersonField.class);
        for (PersonField f : PersonField.values()) {
            String b = base.form().get(f);
            String t = theirs.form().get(f);
            String m = mine.get(f);
            boolean iChanged = !Objects.equals(m, b);
            boolean theyChanged = !Objects.equals(t, b);
            Change change;
            if (iChanged && theyChanged) {
                change = Objects.equals(m, t) ? Change.BOTH_ALIKE : Change.CONFLICT;
            } else if (iChanged) {
                change = Change.MINE;
            } else if (theyChanged) {
                change = Change.THEIRS;
            } else {
                change = Change.UNCHANGED;
            }
            fields.put(f, change);
        }
        return new EditConflict(base, theirs, mine, fields);
    }

    public long personId() {
        return theirs.id();
    }

    /** The fields both changed to different values. */
    public Set<PersonField> conflicting() {
        Set<PersonField> out = EnumSet.noneOf(PersonField.class);
        fields.forEach((f, c) -> {
            if (c == Change.CONFLICT) {
                out.add(f);
            }
        });
        return out;
    }

    public boolean hasConflicts() {
        return fields.containsValue(Change.CONFLICT);
    }

    /**
     * The profile to save when the operator chose per field. A field without a choice keeps the
     * only change made to it (mine or theirs); a conflicting field must have a choice.
     *
     * @throws IllegalArgumentException naming the conflicting fields left without a choice
     */
    public PersonForm resolve(Map<PersonField, Side> choices) {
        Set<PersonField> open = conflicting();
        open.removeAll(choices.keySet());
        if (!open.isEmpty()) {
            throw new IllegalArgumentException("Choose whose value to keep for "
                    + open.stream().map(PersonValidation::label).collect(Collectors.joining(", ")) + ".");
        }
        Map<PersonField, String> values = new EnumMap<>(PersonField.class);
        for (PersonField f : PersonField.values()) {
            Side side = choices.get(f);
            if (side == null) {
                side = fields.get(f) == Change.MINE ? Side.MINE : Side.THEIRS;
            }
            values.put(f, side == Side.MINE ? mine.get(f) : theirs.form().get(f));
        }
        return PersonForm.of(values);
    }

    /** The sentence shown when a save is turned back. */
    String describe() {
        String fieldsText = hasConflicts()
                ? " Both of you changed " + conflicting().stream().map(PersonValidation::label)
                        .collect(Collectors.joining(", ")) + ": choose per field which value to keep."
                : " None of your changes clash with theirs: review both and save again.";
        return "Person " + personId() + " was changed on another workstation since you opened it (version "
                + base.version() + ", now " + theirs.version() + "). Nothing was saved." + fieldsText;
    }
}
