package com.custodia.ui.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Styles;
import com.custodia.service.ledger.LedgerEntryView;
import com.custodia.ui.common.FxTaskExecutor;
import com.custodia.ui.common.ScreenContext;
import com.custodia.ui.common.ScreenView;
import com.custodia.ui.common.ViewLoader;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
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
 * The real ledger screen in a headless stage, with the real worker-thread executor: a privacy
 * officer sees the entries, clicks "Verify ledger" and reads "OK" in the success style.
 */
@ExtendWith(ApplicationExtension.class)
class LedgerScreenFxTest {

    /** Generous: a bound on waiting for background work, not a performance assertion. */
    private static final int WAIT_SECONDS = 30;

    @TempDir static Path dir;

    /** Made once, off the FX thread: opening a workspace inside {@code @Start} can outlast TestFX's set-up timeout. */
    private static LedgerFixture fx;
    private FxTaskExecutor executor;
    private ScreenView screen;

    @BeforeAll
    static void workspace() {
        fx = new LedgerFixture(dir).threeEntries();
    }

    @AfterAll
    static void closeWorkspace() {
        fx.close();
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        executor = new FxTaskExecutor();
        ScreenContext context = new ScreenContext(fx.services, fx.officer, executor, new FakeDialogs(),
                new ViewLoader(Locale.ENGLISH), fx.clock);
        screen = new LedgerScreen().open(context);
        stage.setScene(new Scene(screen.root(), 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() throws TimeoutException {
        WaitForAsyncUtils.asyncFx(screen::dispose);
        WaitForAsyncUtils.waitForFxEvents();
        executor.close();
    }

    @Test
    void verifyingFromTheScreenSaysOk(FxRobot robot) throws TimeoutException {
        TableView<LedgerEntryView> table = robot.lookup("#entriesTable").queryTableView();
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> table.getItems().size()).get() == 3);

        robot.clickOn("#verifyButton");

        Label result = robot.lookup("#verifyResult").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> !result.getText().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(result.getText()).startsWith("OK 3 entries, head ");
        assertThat(result.isVisible()).isTrue();
        assertThat(result.getStyleClass()).contains(Styles.SUCCESS).doesNotContain(Styles.DANGER);
        assertThat(robot.lookup("#verifyBar").query().isVisible()).as("the progress bar goes away").isFalse();
    }

    @Test
    void selectingAnEntryShowsItsHashes(FxRobot robot) throws TimeoutException {
        TableView<LedgerEntryView> table = robot.lookup("#entriesTable").queryTableView();
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> table.getItems().size()).get() == 3);

        // the items arrive before the rows are laid out: wait for the first row to be drawn
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> robot.lookup(".table-row-cell")
                .match((TableRow<?> row) -> row.getItem() != null).tryQuery().isPresent());
        robot.clickOn(robot.lookup(".table-row-cell").match((TableRow<?> row) -> row.getIndex() == 0)
                .queryAs(TableRow.class));

        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> robot.lookup("#detail-chain").tryQuery().isPresent());
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS,
                () -> robot.lookup("#detail-persons").queryAs(Label.class).getText().contains(","));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#detailTitle").queryAs(Label.class).getText()).isEqualTo("Entry #2");
        assertThat(robot.lookup("#detail-chain").queryAs(Label.class).getText()).hasSize(64);
        assertThat(robot.lookup("#detail-persons").queryAs(Label.class).getText()).isEqualTo(fx.ada + ", " + fx.bob);
    }
}
