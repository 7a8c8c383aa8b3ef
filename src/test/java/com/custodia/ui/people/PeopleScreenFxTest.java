package com.custodia.ui.people;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.custodia.domain.MessageClass;
import com.custodia.domain.PersonField;
import com.custodia.domain.PersonKind;
import com.custodia.domain.Progress;
import com.custodia.service.history.HistoryEntry;
import com.custodia.service.people.LoadedPerson;
import com.custodia.service.people.NewPerson;
import com.custodia.service.people.PersonEditor;
import com.custodia.service.people.PersonRow;
import com.custodia.ui.common.FxTaskExecutor;
import com.custodia.ui.common.ScreenContext;
import com.custodia.ui.common.ScreenView;
import com.custodia.ui.common.ViewLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real People screen in a headless stage, with the real worker thread, on an encrypted
 * workspace of a few hundred persons: a sales representative types a name, opens the person,
 * edits and saves the profile (read back through the services and seen in the History tab),
 * meets a validation error beside its field, sees a license key masked, records that a person
 * declined feature news, and meets another workstation's change in the conflict dialog —
 * choosing per field, or going back to editing.
 * Each test works on its own person, so the order of the tests does not matter.
 */
@ExtendWith(ApplicationExtension.class)
class PeopleScreenFxTest {

    /** A bound on waiting for background work, not a performance assertion. */
    private static final int WAIT_SECONDS = 30;
    /** Generated persons besides the fixture's three: enough that the search has to find its person. */
    private static final int CROWD = 300;

    @TempDir static Path dir;

    /** Made once, off the FX thread: opening a workspace inside {@code @Start} can outlast TestFX's set-up timeout. */
    private static PeopleFixture fx;
    private FxTaskExecutor executor;
    private ScreenView screen;

    @BeforeAll
    static void workspace() {
        fx = new PeopleFixture(dir);
        fx.services.demoData().generatePersons(fx.admin, CROWD, 11L, Progress.NONE);
    }

    @AfterAll
    static void closeWorkspace() {
        fx.close();
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        executor = new FxTaskExecutor();
        ScreenContext context = new ScreenContext(fx.services, fx.sales, executor, fx.dialogs,
                new ViewLoader(Locale.ENGLISH), fx.clock);
        screen = new PeopleScreen().open(context);
        Scene scene = new Scene(screen.root(), 1280, 800);
        // the application's own stylesheet, as the main window adds it: the section bar's look depends on it
        scene.getStylesheets().add(com.custodia.ui.common.Themes.stylesheetUrl());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.asyncFx(screen::dispose);
        WaitForAsyncUtils.waitForFxEvents();
        executor.close();
    }

    // ---------------------------------------------------------------- Search, open, edit, save

    @Test
    void aPersonFoundByTypingIsOpenedEditedAndSavedAndTheHistoryShowsTheChange(FxRobot robot) throws Exception {
        assertThat(fx.services.people().count(fx.officer)).as("the crowd is there").isGreaterThan(CROWD);
        open(robot, "Lovelace", "Lovelace, Ada");

        assertThat(fx(() -> ((TabPane) robot.lookup("#tabPane").query()).getTabs().stream()
                .map(t -> t.getId()).toList()))
                .as("the profile and the tabs a sales representative may read")
                .contains("tab-profile", "tab-licenses", "tab-orders", "tab-analytics", "tab-history")
                .doesNotContain("tab-disclosures");
        assertThat(text(robot, "#detailTitle")).isEqualTo("Ada Lovelace");

        String phone = "+44 20 7946 0999";
        replace(robot, PersonField.PHONE, phone);
        robot.clickOn("#saveButton");
        waitFor(() -> text(robot, "#profileNotice").startsWith("Saved: person #" + fx.ada));

        assertThat(stored(fx.ada).form().phone()).as("read back through the services").isEqualTo(phone);
        assertThat(fx(() -> robot.lookup("#saveButton").queryButton().isDisabled())).as("the form is clean").isTrue();

        select(robot, "tab-history");
        TableView<HistoryEntry> history = robot.lookup("#historyTable").queryTableView();
        waitFor(() -> fx(() -> history.getItems().stream().anyMatch(h -> "phone".equals(h.field())
                && phone.equals(h.newValue()))));
        HistoryEntry change = fx(() -> history.getItems().stream()
                .filter(h -> "phone".equals(h.field()) && phone.equals(h.newValue())).findFirst().orElseThrow());
        assertThat(change.operator()).isEqualTo("sam");
        assertThat(change.source()).isEqualTo("profile edit");
        waitFor(() -> cellShown(robot, "+44 20 7946 0001 \u2192 " + phone));
    }

    @Test
    void everyCategoryTheRoleMayReadHasAButtonInSightAt1280PixelsAndItOpensThatTab(FxRobot robot) throws Exception {
        open(robot, "Lovelace", "Lovelace, Ada");
        TabPane tabs = robot.lookup("#tabPane").query();
        List<String> ids = fx(() -> tabs.getTabs().stream().map(t -> t.getId()).toList());
        assertThat(ids).hasSizeGreaterThan(5);

        double sceneWidth = fx(() -> tabs.getScene().getWidth());
        for (String id : ids) {
            Node button = robot.lookup("#section-" + id).query();
            javafx.geometry.Bounds bounds = fx(() -> button.localToScene(button.getBoundsInLocal()));
            assertThat(fx(button::isVisible)).as(id).isTrue();
            assertThat(bounds.getMinX()).as(id + " starts on screen").isGreaterThanOrEqualTo(0);
            assertThat(bounds.getMaxX()).as(id + " ends on screen").isLessThanOrEqualTo(sceneWidth);
            assertThat(bounds.getWidth()).as(id + " is not squeezed").isGreaterThan(20);
        }
        assertThat(fx(() -> tabs.lookup(".tab-header-area").getLayoutBounds().getHeight()))
                .as("the one-row header takes no room").isLessThan(1.0);

        robot.clickOn("#section-tab-history");
        waitFor(() -> fx(() -> "tab-history".equals(tabs.getSelectionModel().getSelectedItem().getId())));
        assertThat(fx(() -> ((javafx.scene.control.ToggleButton) robot.lookup("#section-tab-history").query())
                .isSelected())).isTrue();
        // and the other way: a tab selected otherwise shows its button pressed
        select(robot, "tab-licenses");
        assertThat(fx(() -> ((javafx.scene.control.ToggleButton) robot.lookup("#section-tab-licenses").query())
                .isSelected())).isTrue();
        assertThat(fx(() -> ((javafx.scene.control.ToggleButton) robot.lookup("#section-tab-history").query())
                .isSelected())).isFalse();
    }

    @Test
    void theAccountOwnerIsShownAboveTheProfileReadOnlyWhenTheRepresentativeMayNotTakeTheCustomer(FxRobot robot)
            throws Exception {
        open(robot, "Lovelace", "Lovelace, Ada");

        // this representative is no operator of the workspace, so has nothing to choose: read-only
        waitFor(() -> "Nobody".equals(text(robot, "#owner-value")));
        assertThat(fx(() -> robot.lookup("#owner-value").query().isVisible())).isTrue();
        assertThat(fx(() -> robot.lookup("#owner-choice").query().isVisible())).isFalse();
        assertThat(fx(() -> robot.lookup("#owner-save").query().isVisible())).isFalse();
        assertThat(fx(() -> robot.from((Node) robot.lookup("#tabPane").query()).lookup("#owner-value").tryQuery()
                .isPresent())).as("on the profile tab, not under the name").isTrue();
    }

    @Test
    void aValidationErrorIsShownBesideTheFieldItNamesAndNothingIsSaved(FxRobot robot) throws Exception {
        open(robot, "Lovelace", "Lovelace, Ada");
        LoadedPerson before = stored(fx.ada);

        replace(robot, PersonField.EMAIL, "ada at example.com");
        robot.clickOn("#saveButton");
        waitFor(() -> !text(robot, "#problem-EMAIL").isEmpty());

        Label problem = robot.lookup("#problem-EMAIL").queryAs(Label.class);
        assertThat(fx(problem::getText)).startsWith("Email must be one address like name@example.com");
        assertThat(fx(problem::isVisible)).isTrue();
        assertThat(fx(() -> robot.lookup("#field-EMAIL").query().getPseudoClassStates().toString()))
                .contains("danger");
        assertThat(text(robot, "#problem-CITY")).isEmpty();
        assertThat(text(robot, "#profileNotice")).isEqualTo("Not saved: one field needs attention (see beside the fields).");
        assertThat(stored(fx.ada)).as("nothing saved").isEqualTo(before);

        robot.clickOn("#revertButton");
        waitFor(() -> text(robot, "#problem-EMAIL").isEmpty());
        assertThat(fx(() -> input(robot, PersonField.EMAIL).getText())).isEqualTo(before.form().email());
    }

    @Test
    void aSalesRepresentativeSeesTheLicenseKeyMasked(FxRobot robot) throws Exception {
        open(robot, "Lovelace", "Lovelace, Ada");

        select(robot, "tab-licenses");
        waitFor(() -> cellShown(robot, "XXXX-XXXX-XXXX-AB12"));
        assertThat(cellShown(robot, "ABCD-EFGH-IJKL-AB12")).as("the whole key is never drawn").isFalse();
    }

    // ---------------------------------------------------------------- Communications

    @Test
    void aRepresentativeRecordsThatThePersonDeclinedFeatureNewsByPhone(FxRobot robot) throws Exception {
        long mary = fx.services.people().create(fx.officer, new NewPerson(PersonKind.CUSTOMER, "Mary", "Somerville",
                "Royal Society", "mary@example.com", null, null, "Burntisland", null, "GB", "en"));
        open(robot, "Somerville", "Somerville, Mary");
        select(robot, "tab-communications");
        TableView<DetailLists.Preference> preferences = robot.lookup("#preferencesTable").queryTableView();
        waitFor(() -> fx(() -> preferences.getItems().size() == MessageClass.values().length));
        waitFor(() -> cellShown(robot, "Feature news"));
        assertThat(fx(() -> robot.lookup("#choice-decline").queryButton().isDisabled()))
                .as("nothing selected yet").isTrue();

        robot.clickOn(robot.from(preferences).lookup(".table-cell")
                .match((TableCell<?, ?> c) -> "Feature news".equals(c.getText())).queryAs(TableCell.class));
        robot.clickOn("#choice-how").write("phone call");
        Button decline = robot.lookup("#choice-decline").queryButton();
        waitFor(() -> !fx(decline::isDisabled));
        robot.clickOn(decline);

        waitFor(() -> text(robot, "#choice-notice").equals("Feature news: declined (phone call)."));
        waitFor(() -> featureNewsRow(robot).containsAll(List.of("Feature news", "No", "phone call")));
        assertThat(featureNewsRow(robot)).as("no longer the default").doesNotContain("default");
        var stored = fx.services.personRecords().preferences(fx.officer, mary).stream()
                .filter(p -> p.messageClass() == MessageClass.FEATURES).findFirst().orElseThrow();
        assertThat(stored.recorded()).isTrue();
        assertThat(stored.subscribed()).isFalse();
        assertThat(stored.source()).isEqualTo("phone call");
        waitFor(() -> fx(decline::isDisabled));
        assertThat(fx(() -> robot.lookup("#choice-subscribe").queryButton().isDisabled()))
                .as("subscribing again is offered").isFalse();
    }

    /** The texts of the Feature news row of the preferences table, as drawn. */
    private static List<String> featureNewsRow(FxRobot robot) throws Exception {
        return fx(() -> robot.lookup("#preferencesTable").lookup(".table-row-cell")
                .match((javafx.scene.control.TableRow<DetailLists.Preference> r) -> r.getItem() != null
                        && r.getItem().choice().messageClass() == MessageClass.FEATURES)
                .tryQuery().map(row -> robot.from(row).lookup(".table-cell").queryAllAs(TableCell.class).stream()
                        .map(c -> Objects.requireNonNullElse(c.getText(), "")).toList())
                .orElse(List.of()));
    }

    // ---------------------------------------------------------------- The conflict dialog

    @Test
    void aChangeFromAnotherWorkstationOpensTheDialogAndTheChoicesPerFieldAreSaved(FxRobot robot) throws Exception {
        open(robot, "Hopper", "Hopper, Grace");
        LoadedPerson opened = stored(fx.grace);
        String city = opened.form().city();
        theySave(fx.grace, PersonField.PHONE, "+1 555 0100", PersonField.CITY, "Bath");

        replace(robot, PersonField.CITY, "Marylebone");
        replace(robot, PersonField.EMAIL, "grace@navy.example");
        robot.clickOn("#saveButton");
        waitFor(() -> robot.lookup("#conflict-dialog").tryQuery().isPresent());

        assertThat(text(robot, "#profileNotice")).startsWith("Not saved: someone else saved this person meanwhile.");
        assertThat(stored(fx.grace).form().city()).as("nothing written yet").isEqualTo("Bath");
        Node dialog = robot.lookup("#conflict-dialog").query();
        assertThat(dialogText(robot, dialog)).as("both versions of every changed field, and where they started")
                .contains(city, "Bath", "Marylebone", "+1 555 0100", "grace@navy.example", "grace@example.com",
                        "Both changed it: choose", "Only they changed it", "Only you changed it");
        Button apply = robot.lookup("#conflict-apply").queryButton();
        assertThat(fx(apply::isDisabled)).as("the clashing city needs a choice first").isTrue();

        robot.clickOn("#keep-mine-CITY");
        waitFor(() -> !fx(apply::isDisabled));
        robot.clickOn("#conflict-apply");
        waitFor(() -> text(robot, "#profileNotice").startsWith("Saved: person #" + fx.grace));

        assertThat(robot.lookup("#conflict-dialog").tryQuery()).isEmpty();
        LoadedPerson saved = stored(fx.grace);
        assertThat(saved.version()).isEqualTo(opened.version() + 2);
        assertThat(saved.form().city()).as("my choice").isEqualTo("Marylebone");
        assertThat(saved.form().email()).as("only I changed it").isEqualTo("grace@navy.example");
        assertThat(saved.form().phone()).as("their change is kept, not overwritten").isEqualTo("+1 555 0100");
        assertThat(fx(() -> input(robot, PersonField.PHONE).getText())).as("the form shows what is stored")
                .isEqualTo("+1 555 0100");
    }

    @Test
    void goingBackToEditingKeepsTheOtherWorkstationsChangeAndTheNextSaveMeetsItAgain(FxRobot robot) throws Exception {
        open(robot, "Augusta", "King, Augusta");
        theySave(fx.bob, PersonField.CITY, "Bath");
        LoadedPerson theirs = stored(fx.bob);

        replace(robot, PersonField.CITY, "Marylebone");
        robot.clickOn("#saveButton");
        waitFor(() -> robot.lookup("#conflict-dialog").tryQuery().isPresent());
        robot.clickOn("#conflict-cancel");
        waitFor(() -> robot.lookup("#conflict-dialog").tryQuery().isEmpty());

        assertThat(stored(fx.bob)).as("their change stands").isEqualTo(theirs);
        assertThat(fx(() -> input(robot, PersonField.CITY).getText())).as("my edit is still in the form")
                .isEqualTo("Marylebone");
        assertThat(text(robot, "#profileNotice")).startsWith("Not saved. Your edits are still here");

        robot.clickOn("#saveButton");
        waitFor(() -> robot.lookup("#conflict-dialog").tryQuery().isPresent());
        assertThat(stored(fx.bob)).as("never overwritten silently").isEqualTo(theirs);
        robot.clickOn("#conflict-cancel");
        waitFor(() -> robot.lookup("#conflict-dialog").tryQuery().isEmpty());
        assertThat(stored(fx.bob)).isEqualTo(theirs);
    }

    // ---------------------------------------------------------------- Helpers

    /** Types the search text, waits for the row, clicks it and waits for the profile to load. */
    private static void open(FxRobot robot, String search, String row) throws Exception {
        robot.clickOn("#searchField").write(search);
        TableView<PersonRow> table = robot.lookup("#peopleTable").queryTableView();
        waitFor(() -> fx(() -> label(robot, "#countLabel").contains("for \u201c" + search + "\u201d")
                && table.getItems().stream().anyMatch(r -> r != null && row.equals(r.displayName()))));
        // on a loaded machine a late redraw can recycle the cell under the click: click again until the row is selected
        for (int attempt = 1; ; attempt++) {
            waitFor(() -> cellShown(robot, row));
            robot.clickOn(robot.lookup(".table-cell").match((TableCell<?, ?> c) -> row.equals(c.getText()))
                    .queryAs(TableCell.class));
            try {
                WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> fx(() -> {
                    PersonRow selected = table.getSelectionModel().getSelectedItem();
                    return selected != null && row.equals(selected.displayName());
                }));
                break;
            } catch (TimeoutException e) {
                if (attempt == 3) {
                    break;
                }
            }
        }
        // the profile tab is added once the person's overview has arrived
        try {
            waitFor(() -> fx(() -> robot.lookup("#formGrid").tryQuery().map(grid -> !grid.isDisabled()).orElse(false)
                    && !input(robot, PersonField.LAST_NAME).getText().isEmpty()));
        } catch (TimeoutException e) {
            throw new AssertionError("not opened: selected " + fx(() -> table.getSelectionModel().getSelectedIndex())
                    + ", title '" + text(robot, "#detailTitle") + "', detail notice '" + text(robot, "#detailNotice")
                    + "', tabs " + fx(() -> ((TabPane) robot.lookup("#tabPane").query()).getTabs().size())
                    + ", grid " + fx(() -> robot.lookup("#formGrid").tryQuery().map(Node::isDisabled))
                    + ", dialogs " + fx.dialogs.errors, e);
        }
    }

    /** Opens a tab; a tab header may sit in the tab pane's overflow menu when the detail is narrow. */
    private static void select(FxRobot robot, String tabId) {
        TabPane tabs = (TabPane) robot.lookup("#tabPane").query();
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> tabId.equals(t.getId())).findFirst().orElseThrow()));
    }

    /** Replaces a profile field's text by typing, as an operator does (select all, type). */
    private static void replace(FxRobot robot, PersonField field, String value) throws Exception {
        TextInputControl box = input(robot, field);
        robot.interact(() -> {
            box.requestFocus();
            box.selectAll();
        });
        robot.write(value);
        waitFor(() -> fx(() -> value.equals(box.getText())));
    }

    /** Another workstation saves the person: its own editor, as a privacy officer. */
    private static void theySave(long person, Object... fieldsAndValues) {
        PersonEditor other = fx.otherWorkstation();
        LoadedPerson theirs = other.load(fx.officer, person);
        var form = theirs.form();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            form = form.with((PersonField) fieldsAndValues[i], (String) fieldsAndValues[i + 1]);
        }
        other.save(fx.officer, theirs, form);
    }

    private static LoadedPerson stored(long person) {
        return fx.services.personEditor().load(fx.officer, person);
    }

    private static TextInputControl input(FxRobot robot, PersonField field) {
        return robot.lookup("#field-" + field.name()).queryAs(TextInputControl.class);
    }

    private static String text(FxRobot robot, String id) throws Exception {
        return fx(() -> label(robot, id));
    }

    /** On the FX thread only. */
    private static String label(FxRobot robot, String id) {
        return Objects.requireNonNullElse(robot.lookup(id).queryAs(Labeled.class).getText(), "");
    }

    /** Whether a table cell with exactly this text is drawn anywhere. */
    private static boolean cellShown(FxRobot robot, String value) throws Exception {
        return fx(() -> robot.lookup(".table-cell").match((TableCell<?, ?> c) -> value.equals(c.getText()))
                .tryQuery().isPresent());
    }

    /** Every label's text inside the dialog. */
    private static List<String> dialogText(FxRobot robot, Node dialog) throws Exception {
        return fx(() -> robot.from(dialog).lookup(".label").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).filter(Objects::nonNull).toList());
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void waitFor(Check check) throws TimeoutException {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, check::holds);
    }
}
