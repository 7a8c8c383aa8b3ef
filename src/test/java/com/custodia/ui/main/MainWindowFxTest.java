package com.custodia.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.custodia.domain.ConnectionProfile;
import com.custodia.domain.Role;
import com.custodia.service.auth.Principal;
import com.custodia.service.ledger.LedgerStatus;
import com.custodia.ui.common.FxTaskExecutor;
import com.custodia.ui.common.Screen;
import com.custodia.ui.common.ScreenContext;
import com.custodia.ui.common.Themes;
import com.custodia.ui.common.ViewLoader;
import com.custodia.ui.support.MutableClock;
import com.custodia.ui.support.RecordingDialogs;
import com.custodia.ui.support.RecordingScreen;
import com.custodia.ui.support.UiTesting;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window headless with made-up screens and ledger state: the search box (Ctrl+K, Enter,
 * a pause in typing, Escape) and the ledger's state in the status bar.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowFxTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T12:00:00Z"));
    private final Principal officer = new Principal(1, "olga", "Olga Officer", Set.of(Role.PRIVACY_OFFICER));
    private final RecordingScreen records = new RecordingScreen();
    private final RecordingScreen people = RecordingScreen.searchable("people");
    private FxTaskExecutor executor;
    private MainWindowViewModel model;
    private MainWindowView view;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        executor = new FxTaskExecutor();
        view = window(List.of(records, people));
        scene = new Scene(view.root(), 1100, 700);
        scene.getStylesheets().add(Themes.class.getResource(Themes.STYLESHEET).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private MainWindowView window(List<Screen> screens) {
        LedgerStatus tampered = new LedgerStatus(18, new LedgerStatus.Checkpoint(0, Instant.parse("2026-03-02T11:04:00Z")),
                new LedgerStatus.Verification(Instant.parse("2026-03-02T11:55:00Z"), "olga", false, "TAMPERED at 17: modified"));
        var ledger = new LedgerStatusViewModel(actor -> tampered, officer, executor, clock, UiTesting.bundle("main"));
        model = new MainWindowViewModel(officer, new ConnectionProfile.Embedded(Path.of("/data/acme")), false, screens,
                null, Themes.LIGHT, UiTesting.bundle("main"), UiTesting.bundle("common"), executor, ledger,
                new NoActions());
        var context = new ScreenContext(null, officer, executor, new RecordingDialogs(), new ViewLoader(Locale.ENGLISH), clock);
        MainWindowView window = new MainWindowView(model, context, new ViewLoader(Locale.ENGLISH));
        model.start();
        return window;
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.asyncFx(() -> {
            model.close();
            view.dispose();
        });
        WaitForAsyncUtils.waitForFxEvents();
        executor.close();
    }

    @Test
    void ctrlKFocusesTheSearchBoxEnterOpensPeopleWithTheTextAndEscapeGoesBack(FxRobot robot) {
        robot.clickOn("#nav-records");
        Node navRecords = robot.lookup("#nav-records").query();
        assertThat(navRecords.isFocused()).isTrue();

        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        TextField box = robot.lookup("#global-search").queryAs(TextField.class);
        assertThat(box.isFocused()).isTrue();
        assertThat(box.getPromptText()).isEqualTo("Search People\u2026 (Ctrl+K)");

        robot.write("jane").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#people-content").tryQuery()).isPresent();
        assertThat(people.searches).first().isEqualTo("jane");
        assertThat(robot.lookup("#" + RecordingScreen.CONTENT_ID).tryQuery()).as("the records screen was left").isEmpty();

        robot.type(KeyCode.ESCAPE);
        assertThat(box.isFocused()).isFalse();
        assertThat(navRecords.isFocused()).as("the focus is back where it was").isTrue();
    }

    @Test
    void aPauseInTypingSearchesWithoutEnter(FxRobot robot) throws TimeoutException {
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        robot.write("acme");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> people.searches.contains("acme"));
        assertThat(people.searches).as("one search after the pause, not one per key").containsExactly("acme");
        assertThat(robot.lookup("#people-content").tryQuery()).isPresent();
    }

    @Test
    void withoutAScreenThatTakesSearchesTheBoxIsNotShown(FxRobot robot) {
        robot.interact(() -> {
            model.close();
            view.dispose();
            view = window(List.of(records));
            scene.setRoot(view.root());
        });

        assertThat(robot.lookup("#global-search").query().isVisible()).isFalse();
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        assertThat(robot.lookup("#global-search").query().isFocused()).isFalse();
    }

    @Test
    void theStatusBarShowsTheLedgerStateAndATamperedLedgerStandsOut(FxRobot robot) throws TimeoutException {
        Label ledger = robot.lookup("#status-ledger").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !ledger.getText().isEmpty());

        assertThat(ledger.getText()).isEqualTo("Ledger: 18 entries \u00b7 last checkpoint today 11:04 \u00b7 "
                + "TAMPERED at 17: modified (found today 11:55)");
        assertThat(ledger.isVisible()).isTrue();
        assertThat(ledger.getStyleClass()).contains("danger");
        assertThat(ledger.getTooltip().getText()).isEqualTo("Last verification: TAMPERED at 17: modified, by olga, today 11:55");
    }

    private static final class NoActions implements MainWindowViewModel.Actions {
        @Override public void lockNow() { }
        @Override public void signOut() { }
        @Override public void exit() { }
        @Override public void themeChanged(String theme) { }
        @Override public void about() { }
    }
}
