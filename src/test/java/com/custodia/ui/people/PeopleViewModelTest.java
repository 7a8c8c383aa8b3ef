package com.custodia.ui.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.PersonField;
import com.custodia.domain.PersonKind;
import com.custodia.service.auth.Principal;
import com.custodia.service.people.PersonRow;
import com.custodia.ui.common.ManualTaskExecutor;
import com.custodia.ui.common.PagedRows;
import com.custodia.ui.common.SyncTaskExecutor;
import com.custodia.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The People master on a real encrypted workspace, without a window: search as you type after a
 * pause, stale answers dropped, filters, Ctrl+K, selection and jump to row.
 */
class PeopleViewModelTest {

    @TempDir Path dir;

    private PeopleFixture fx;
    private SyncTaskExecutor sync;
    private PeopleViewModel model;

    @BeforeEach
    void open() {
        fx = new PeopleFixture(dir);
        sync = new SyncTaskExecutor();
        model = modelFor(fx.officer, sync);
        model.search();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private PeopleViewModel modelFor(Principal actor, TaskExecutor executor) {
        return new PeopleViewModel(fx.services.personListings(), fx.people(), actor, executor, fx.dialogs, fx.text,
                fx.clock);
    }

    private static List<String> lastNames(PeopleViewModel m) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < m.rows().size(); i++) {
            PersonRow row = m.rows().get(i);
            names.add(row == null ? null : row.lastName());
        }
        return names;
    }

    @Test
    void opensOnEveryoneInNameOrder() {
        assertThat(lastNames(model)).containsExactly("Hopper", "King", "Lovelace");
        assertThat(model.countTextProperty().get()).isEqualTo("3 persons");
        assertThat(model.searchingProperty().get()).isFalse();
    }

    @Test
    void typingSearchesAfterAPause() {
        model.searchTextProperty().set("love");
        assertThat(model.countTextProperty().get()).as("not before the pause").isEqualTo("3 persons");

        sync.runScheduled();

        assertThat(lastNames(model)).containsExactly("Lovelace");
        assertThat(model.countTextProperty().get()).isEqualTo("1 match for \u201clove\u201d");
        PersonRow ada = model.rows().get(0);
        assertThat(ada.email()).isEqualTo("ada@example.com");
        assertThat(model.kindText(ada)).isEqualTo("Customer");
    }

    @Test
    void anAnswerToAnOlderQueryIsDropped() {
        ManualTaskExecutor manual = new ManualTaskExecutor();
        PeopleViewModel m = modelFor(fx.officer, manual);
        m.searchTextProperty().set("love");
        manual.runScheduled();
        m.searchTextProperty().set("hop");
        manual.runScheduled();

        manual.runNext();
        assertThat(m.rows()).as("the answer for \"love\" came after \"hop\" was asked").isEmpty();
        assertThat(m.searchingProperty().get()).isTrue();

        manual.runAll();
        lastNames(m);
        manual.runAll();
        assertThat(lastNames(m)).as("the page is fetched on the worker").containsExactly("Hopper");
        assertThat(m.searchingProperty().get()).isFalse();
    }

    @Test
    void filtersCombineWithEachOtherAndWithTheText() {
        model.kindFilterProperty().set(PersonKind.FORUM_MEMBER);
        assertThat(lastNames(model)).containsExactly("Hopper");
        assertThat(model.countTextProperty().get()).isEqualTo("1 person matches the filters");

        model.clearFilters();
        model.countryFilterProperty().set("gb");
        sync.runScheduled();
        assertThat(lastNames(model)).containsExactly("King", "Lovelace");

        model.optedOutFilterProperty().set(true);
        assertThat(lastNames(model)).as("Ada declined feature news").containsExactly("Lovelace");

        model.optedOutFilterProperty().set(false);
        model.searchTextProperty().set("king");
        sync.runScheduled();
        assertThat(lastNames(model)).containsExactly("King");
    }

    @Test
    void aHalfTypedCountrySearchesNothingAndAWrongOneSaysWhy() {
        model.countryFilterProperty().set("G");
        sync.runScheduled();
        assertThat(lastNames(model)).hasSize(3);
        assertThat(model.notice().getText()).isEmpty();

        model.countryFilterProperty().set("GBR");
        sync.runScheduled();
        assertThat(model.notice().getText()).startsWith("Country must be a two-letter code");
    }

    @Test
    void theMainWindowSearchBoxSearchesAtOnce() {
        model.searchFor("grace");

        assertThat(model.searchTextProperty().get()).isEqualTo("grace");
        assertThat(lastNames(model)).containsExactly("Hopper");
    }

    @Test
    void selectingARowShowsThatPerson() {
        model.selected(model.rows().get(2), 2);

        assertThat(model.detail().personIdProperty().get()).isEqualTo(fx.ada);
        assertThat(model.detail().titleProperty().get()).isEqualTo("Ada Lovelace");
    }

    @Test
    void aSaveShowsTheNewValuesInTheTableAndKeepsThePersonSelected() {
        model.selected(model.rows().get(2), 2);
        model.detail().profile().value(PersonField.COMPANY).set("Difference Engines");
        model.detail().profile().save();

        assertThat(model.rows().get(2).company()).isEqualTo("Difference Engines");
        PagedRows.Jump reselect = model.selectRequestProperty().get();
        assertThat(reselect).isNotNull();
        assertThat(reselect.row()).isEqualTo(2);
    }

    @Test
    void jumpScrollsToARowCountedFromOne() {
        model.jumpTextProperty().set("3");
        model.jump();
        assertThat(model.rows().jumpProperty().get().row()).isEqualTo(2);

        model.jumpTextProperty().set("9");
        model.jump();
        assertThat(model.notice().getText()).isEqualTo("The row is a number between 1 and 3; \"9\" is not.");
    }

    @Test
    void anAdministratorGetsNamesOnlyAndNoContactFilters() {
        PeopleViewModel admin = modelFor(fx.admin, sync);
        admin.search();

        assertThat(admin.showsContactData()).isFalse();
        assertThat(lastNames(admin)).containsExactly("Hopper", "King", "Lovelace");
        assertThat(admin.rows().get(2).email()).isNull();
        assertThat(admin.rows().get(2).restricted()).isTrue();

        admin.countryFilterProperty().set("GB");
        sync.runScheduled();
        assertThat(admin.notice().getText()).as("the service refuses, and says so").isNotEmpty();
    }
}
