package com.custodia.service.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.custodia.domain.PersonField;
import com.custodia.domain.PersonKind;
import com.custodia.service.people.EditConflict.Change;
import com.custodia.service.people.EditConflict.Side;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EditConflictTest {

    static final PersonForm BASE = new PersonForm(PersonKind.CUSTOMER, "Ada", "Lovelace", "Analytical Engines",
            "ada@example.com", "+44 20 1111", "1 St James's Sq", "London", "SW1Y", "GB", "en", "ACTIVE", null);

    @Test
    void everyFieldIsClassifiedByWhoChangedIt() {
        PersonForm theirs = BASE.with(PersonField.EMAIL, "ada@lovelace.org")   // both, differently
                .with(PersonField.PHONE, "+44 20 2222")                          // only them
                .with(PersonField.CITY, "Marylebone");                           // both, alike
        PersonForm mine = BASE.with(PersonField.EMAIL, "countess@example.com")
                .with(PersonField.NOTES, "prefers letters")                       // only me
                .with(PersonField.CITY, "Marylebone");

        EditConflict conflict = EditConflict.of(new LoadedPerson(5, 1, BASE), new LoadedPerson(5, 2, theirs), mine);

        assertThat(conflict.fields()).containsEntry(PersonField.EMAIL, Change.CONFLICT)
                .containsEntry(PersonField.PHONE, Change.THEIRS)
                .containsEntry(PersonField.NOTES, Change.MINE)
                .containsEntry(PersonField.CITY, Change.BOTH_ALIKE)
                .containsEntry(PersonField.LAST_NAME, Change.UNCHANGED);
        assertThat(conflict.conflicting()).containsExactly(PersonField.EMAIL);
        assertThat(conflict.hasConflicts()).isTrue();
        assertThat(conflict.personId()).isEqualTo(5);
    }

    @Test
    void resolvingKeepsEveryOneSidedChangeAndTheChosenSideOfEachConflict() {
        PersonForm theirs = BASE.with(PersonField.EMAIL, "ada@lovelace.org").with(PersonField.PHONE, "+44 20 2222");
        PersonForm mine = BASE.with(PersonField.EMAIL, "countess@example.com").with(PersonField.NOTES, "prefers letters");
        EditConflict conflict = EditConflict.of(new LoadedPerson(5, 1, BASE), new LoadedPerson(5, 2, theirs), mine);

        PersonForm keepMine = conflict.resolve(Map.of(PersonField.EMAIL, Side.MINE));
        assertThat(keepMine.email()).isEqualTo("countess@example.com");
        assertThat(keepMine.phone()).isEqualTo("+44 20 2222");
        assertThat(keepMine.notes()).isEqualTo("prefers letters");

        PersonForm keepTheirs = conflict.resolve(Map.of(PersonField.EMAIL, Side.THEIRS, PersonField.NOTES, Side.THEIRS));
        assertThat(keepTheirs.email()).isEqualTo("ada@lovelace.org");
        assertThat(keepTheirs.notes()).isNull();
    }

    @Test
    void aConflictingFieldWithoutAChoiceIsNamed() {
        PersonForm theirs = BASE.with(PersonField.EMAIL, "a@x.org").with(PersonField.POSTAL_CODE, "SW1A");
        PersonForm mine = BASE.with(PersonField.EMAIL, "b@x.org").with(PersonField.POSTAL_CODE, "W1");
        EditConflict conflict = EditConflict.of(new LoadedPerson(5, 1, BASE), new LoadedPerson(5, 2, theirs), mine);
        assertThatThrownBy(() -> conflict.resolve(Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Choose whose value to keep for Email, Postal code.");
    }

    @Test
    void theMessageSaysNothingWasSavedAndWhatClashes() {
        PersonForm theirs = BASE.with(PersonField.EMAIL, "a@x.org");
        PersonForm mine = BASE.with(PersonField.EMAIL, "b@x.org");
        EditConflictException e = new EditConflictException(
                EditConflict.of(new LoadedPerson(5, 1, BASE), new LoadedPerson(5, 3, theirs), mine));
        assertThat(e).hasMessage("Person 5 was changed on another workstation since you opened it (version 1, now 3). "
                + "Nothing was saved. Both of you changed Email: choose per field which value to keep.");
    }
}
