package com.custodia.ui.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.PersonField;
import com.custodia.domain.PersonKind;
import com.custodia.service.people.EditConflict.Change;
import com.custodia.service.people.EditConflict.Side;
import com.custodia.service.people.LoadedPerson;
import com.custodia.service.people.PersonEditor;
import com.custodia.ui.common.ManualTaskExecutor;
import com.custodia.ui.common.SyncTaskExecutor;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Editing a profile on a real encrypted workspace, without a window: validation beside the
 * fields, save and revert, and the conflict when another workstation saved first — resolved per
 * field, shown again when yet another save came in between, never overwritten silently.
 */
class ProfileViewModelTest {

    @TempDir Path dir;

    private PeopleFixture fx;
    private PersonDetailViewModel detail;
    private ProfileViewModel profile;
    private PersonEditor other;

    @BeforeEach
    void open() {
        fx = new PeopleFixture(dir);
        detail = fx.detail(fx.sales, new SyncTaskExecutor());
        detail.select(fx.ada);
        profile = detail.profile();
        other = fx.otherWorkstation();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private LoadedPerson stored() {
        return fx.services.personEditor().load(fx.officer, fx.ada);
    }

    /** Another workstation loads Ada, changes fields and saves. */
    private void theySave(PersonField field, String value, Object... more) {
        LoadedPerson theirs = other.load(fx.officer, fx.ada);
        var form = theirs.form().with(field, value);
        for (int i = 0; i < more.length; i += 2) {
            form = form.with((PersonField) more[i], (String) more[i + 1]);
        }
        other.save(fx.officer, theirs, form);
    }

    @Test
    void anEditIsSavedInTheBackgroundAndTheFormIsCleanAgain() {
        ManualTaskExecutor executor = new ManualTaskExecutor();
        PersonDetailViewModel d = fx.detail(fx.sales, executor);
        d.select(fx.ada);
        executor.runAll();
        ProfileViewModel p = d.profile();
        assertThat(p.dirtyProperty().get()).isFalse();

        p.value(PersonField.PHONE).set("+44 20 7946 0999");
        p.kindProperty().set(PersonKind.PARTNER_CONTACT);
        assertThat(p.dirtyProperty().get()).isTrue();
        p.save();
        assertThat(p.savingProperty().get()).as("saving runs on a worker").isTrue();
        executor.runAll();

        assertThat(p.savingProperty().get()).isFalse();
        assertThat(p.dirtyProperty().get()).isFalse();
        assertThat(p.notice().getText()).isEqualTo("Saved: person #" + fx.ada + " is now at version 1.");
        assertThat(stored().form().phone()).isEqualTo("+44 20 7946 0999");
        assertThat(stored().form().kind()).isEqualTo(PersonKind.PARTNER_CONTACT);
        assertThat(d.subtitleProperty().get()).startsWith("Partner contact");
    }

    @Test
    void revertBringsBackWhatWasLoaded() {
        profile.value(PersonField.CITY).set("Paris");
        profile.revert();

        assertThat(profile.value(PersonField.CITY).get()).isEqualTo("London");
        assertThat(profile.dirtyProperty().get()).isFalse();
    }

    @Test
    void unicodeIsKeptExactly() {
        String name = "L\u0151v\u0065\u0301lace \u202eAda\u202c \u200d\ud83d\udc69\u200d\ud83d\udcbb";
        profile.value(PersonField.LAST_NAME).set(name);
        profile.save();

        assertThat(stored().form().lastName()).isEqualTo(name);
        assertThat(profile.value(PersonField.LAST_NAME).get()).isEqualTo(name);
    }

    @Test
    void invalidFieldsAreNamedBesideEachFieldAndNothingIsSaved() {
        profile.value(PersonField.LAST_NAME).set("  ");
        profile.value(PersonField.EMAIL).set("ada at example.com");
        profile.value(PersonField.COUNTRY).set("XY");
        profile.save();

        assertThat(profile.problem(PersonField.LAST_NAME).get()).isEqualTo("Last name is required.");
        assertThat(profile.problem(PersonField.EMAIL).get()).startsWith("Email must be one address like name@example.com");
        assertThat(profile.problem(PersonField.COUNTRY).get()).startsWith("Country must be a two-letter");
        assertThat(profile.problem(PersonField.CITY).get()).isEmpty();
        assertThat(profile.notice().getText()).isEqualTo("Not saved: 3 fields need attention (see beside the fields).");
        assertThat(stored().version()).isZero();

        profile.value(PersonField.EMAIL).set("ada@example.org");
        assertThat(profile.problem(PersonField.EMAIL).get()).as("fixed fields clear as they are typed").isEmpty();
        assertThat(profile.problem(PersonField.LAST_NAME).get()).isNotEmpty();
    }

    @Test
    void aConflictOffersEachSideAndWaitsForAChoiceWhereBothChangedAField() {
        theySave(PersonField.PHONE, "+1 555 0100", PersonField.CITY, "Bath");
        profile.value(PersonField.CITY).set("Marylebone");
        profile.value(PersonField.EMAIL).set("ada@engines.example");
        profile.save();

        ConflictViewModel conflict = profile.conflictProperty().get();
        assertThat(conflict).isNotNull();
        assertThat(profile.notice().getText()).startsWith("Not saved: someone else saved this person meanwhile.");
        assertThat(conflict.intro()).contains("version 0", "now at version 1", "one field was changed on both sides");
        assertThat(conflict.rows()).extracting(ConflictViewModel.Row::field)
                .containsExactly(PersonField.EMAIL, PersonField.PHONE, PersonField.CITY);
        ConflictViewModel.Row city = row(conflict, PersonField.CITY);
        assertThat(city.change()).isEqualTo(Change.CONFLICT);
        assertThat(city.base()).isEqualTo("London");
        assertThat(city.theirs()).isEqualTo("Bath");
        assertThat(city.mine()).isEqualTo("Marylebone");
        assertThat(city.choiceProperty().get()).as("a true conflict has no default").isNull();
        assertThat(row(conflict, PersonField.PHONE).choiceProperty().get()).isEqualTo(Side.THEIRS);
        assertThat(row(conflict, PersonField.EMAIL).choiceProperty().get()).isEqualTo(Side.MINE);
        assertThat(conflict.decidedProperty().get()).isFalse();

        profile.applyConflict();
        assertThat(profile.conflictProperty().get()).as("undecided: nothing happens").isSameAs(conflict);
        assertThat(stored().form().city()).isEqualTo("Bath");

        conflict.choose(PersonField.CITY, Side.MINE);
        assertThat(conflict.decidedProperty().get()).isTrue();
        profile.applyConflict();

        assertThat(profile.conflictProperty().get()).isNull();
        LoadedPerson saved = stored();
        assertThat(saved.version()).isEqualTo(2);
        assertThat(saved.form().city()).isEqualTo("Marylebone");
        assertThat(saved.form().phone()).as("their change kept").isEqualTo("+1 555 0100");
        assertThat(saved.form().email()).isEqualTo("ada@engines.example");
        assertThat(profile.value(PersonField.PHONE).get()).isEqualTo("+1 555 0100");
        assertThat(profile.dirtyProperty().get()).isFalse();
    }

    @Test
    void aSaveThatMeetsYetAnotherChangeShowsTheConflictAgain() {
        theySave(PersonField.CITY, "Bath");
        profile.value(PersonField.CITY).set("Marylebone");
        profile.save();
        ConflictViewModel first = profile.conflictProperty().get();
        first.choose(PersonField.CITY, Side.MINE);

        theySave(PersonField.CITY, "Bristol", PersonField.COMPANY, "Engines Ltd");
        profile.applyConflict();

        ConflictViewModel second = profile.conflictProperty().get();
        assertThat(second).isNotNull().isNotSameAs(first);
        ConflictViewModel.Row city = row(second, PersonField.CITY);
        assertThat(city.base()).as("the second conflict starts from what the first showed").isEqualTo("Bath");
        assertThat(city.theirs()).isEqualTo("Bristol");
        assertThat(city.mine()).isEqualTo("Marylebone");
        assertThat(row(second, PersonField.COMPANY).choiceProperty().get()).isEqualTo(Side.THEIRS);
        assertThat(stored().form().city()).isEqualTo("Bristol");

        second.choose(PersonField.CITY, Side.THEIRS);
        profile.applyConflict();
        assertThat(profile.conflictProperty().get()).isNull();
        assertThat(stored().form().city()).isEqualTo("Bristol");
        assertThat(stored().form().company()).isEqualTo("Engines Ltd");
        assertThat(stored().version()).as("nothing left to change: theirs stands").isEqualTo(2);
    }

    @Test
    void closingTheDialogKeepsTheEditsAndTheNextSaveMeetsTheSameChange() {
        theySave(PersonField.CITY, "Bath");
        profile.value(PersonField.CITY).set("Marylebone");
        profile.save();
        profile.dismissConflict();

        assertThat(profile.conflictProperty().get()).isNull();
        assertThat(profile.value(PersonField.CITY).get()).isEqualTo("Marylebone");
        assertThat(profile.notice().getText()).startsWith("Not saved. Your edits are still here");
        profile.save();
        assertThat(profile.conflictProperty().get()).as("never overwritten silently").isNotNull();
        assertThat(stored().form().city()).isEqualTo("Bath");
    }

    @Test
    void leavingAnEditedPersonAsksFirst() {
        profile.value(PersonField.CITY).set("Paris");
        fx.dialogs.confirmAnswer = false;

        assertThat(detail.select(fx.grace)).isFalse();
        assertThat(detail.personIdProperty().get()).isEqualTo(fx.ada);
        assertThat(profile.value(PersonField.CITY).get()).isEqualTo("Paris");

        fx.dialogs.confirmAnswer = true;
        assertThat(detail.select(fx.grace)).isTrue();
        assertThat(profile.value(PersonField.LAST_NAME).get()).isEqualTo("Hopper");
    }

    private static ConflictViewModel.Row row(ConflictViewModel conflict, PersonField field) {
        return conflict.rows().stream().filter(r -> r.field() == field).findFirst().orElseThrow();
    }
}
