package com.custodia.ui.policy;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.custodia.domain.Role;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.support.MutableClock;
import com.custodia.support.TestWorkspaces;
import com.custodia.ui.common.FxTaskExecutor;
import com.custodia.ui.common.ScreenContext;
import com.custodia.ui.common.ScreenView;
import com.custodia.ui.common.ViewLoader;
import com.custodia.ui.support.RecordingDialogs;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
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

/** The real policy versions screen in a headless stage: a privacy officer publishes a version and sees its changes. */
@ExtendWith(ApplicationExtension.class)
class PolicyVersionsScreenFxTest {

    private static final int WAIT_SECONDS = 30;
    private static final MutableClock CLOCK = new MutableClock(Instant.parse("2026-03-02T09:30:00Z"));
    private static final Principal OFFICER = TestWorkspaces.principal(50, "olivia", Role.PRIVACY_OFFICER);

    @TempDir static Path dir;

    private static Services services;
    private FxTaskExecutor executor;
    private ScreenView screen;

    @BeforeAll
    static void workspace() {
        services = TestWorkspaces.embedded(dir.resolve("ws"), CLOCK);
        services.policyVersions().publish(OFFICER, "2026-01", LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-01-01"), null, "One.\nTwo.\n");
    }

    @AfterAll
    static void closeWorkspace() {
        services.close();
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        executor = new FxTaskExecutor();
        ScreenContext context = new ScreenContext(services, OFFICER, executor, new RecordingDialogs(),
                new ViewLoader(Locale.ENGLISH), CLOCK);
        screen = new PolicyScreen().open(context);
        stage.setScene(new Scene(screen.root(), 1100, 760));
        stage.show();
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.asyncFx(screen::dispose);
        WaitForAsyncUtils.waitForFxEvents();
        executor.close();
    }

    @Test
    void anOfficerPublishesAVersionAndSeesWhatChanged(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#versionsTable").queryTableView();
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> table.getItems().size() == 1);

        robot.clickOn("Publish a new version");
        robot.clickOn("#labelField").write("2026-03");
        robot.clickOn("#newTextArea").write("One.\nThree.\n");
        robot.clickOn("#publishButton");

        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        assertThat(robot.lookup("#notice").queryLabeled().getText()).startsWith("Version 2026-03 published");
        robot.clickOn("Changes");
        ListView<?> changes = robot.lookup("#changesList").queryListView();
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> changes.getItems().size() == 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".diff-added").tryQuery()).as("an added line is drawn").isPresent();
        assertThat(robot.lookup("#currentLabel").queryLabeled().getText()).contains("2026-03");
    }
}
