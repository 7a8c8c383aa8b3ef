package com.custodia.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.custodia.domain.Progress;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.service.workspace.DemoCredentials;
import com.custodia.support.TestWorkspaces;
import com.custodia.ui.common.DialogService;
import com.custodia.ui.common.FxTaskExecutor;
import com.custodia.ui.common.ScreenContext;
import com.custodia.ui.common.ScreenView;
import com.custodia.ui.common.ViewLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The real dashboard of a demo workspace in a headless stage, as its administrator sees it. */
@ExtendWith(ApplicationExtension.class)
class DashboardScreenFxTest {

    private static final int PERSONS = 12;

    @TempDir Path dir;

    private Services services;
    private FxTaskExecutor executor;
    private ScreenView screen;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        services = TestWorkspaces.workspaceService(Clock.systemUTC())
                .createDemoWorkspace(dir.resolve("demo"), PERSONS, 3L, Progress.NONE);
        Principal admin = services.auth().login("admin", DemoCredentials.PASSWORD.toCharArray()).principal();
        executor = new FxTaskExecutor();
        ScreenContext context = new ScreenContext(services, admin, executor, new NoDialogs(),
                new ViewLoader(Locale.ENGLISH), Clock.systemUTC());
        screen = new DashboardScreen().open(context);
        stage.setScene(new Scene(screen.root(), 1200, 760));
        stage.show();
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.asyncFx(screen::dispose);
        WaitForAsyncUtils.waitForFxEvents();
        executor.close();
        services.close();
    }

    @Test
    void demoWorkspaceShowsItsBadgeAndTheNumberOfPersons(FxRobot robot) throws TimeoutException {
        Label count = robot.lookup("#personCount").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> String.valueOf(PERSONS).equals(count.getText()));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#demoBadge").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#workspaceId").queryAs(Label.class).getText()).isEqualTo(services.info().id());
        assertThat(robot.lookup("#operatorName").queryAs(Label.class).getText()).isEqualTo("Demo Administrator");
        assertThat(robot.lookup("#failuresCard").query().isVisible()).isTrue();
        assertThat(robot.lookup("#failedSignIns").queryAs(Label.class).getText()).isEqualTo("0");
        assertThat(robot.lookup("#problem").query().isVisible()).isFalse();
    }

    /** The dashboard raises no dialogs; any call would be a mistake this test should see. */
    private static final class NoDialogs implements DialogService {
        @Override public void showError(String title, String message) { throw new AssertionError(message); }
        @Override public void showInfo(String title, String message) { throw new AssertionError(message); }
        @Override public boolean confirm(String title, String message) { throw new AssertionError(message); }
        @Override public Optional<Path> chooseDirectory(String title, Path initial) { throw new AssertionError(title); }
        @Override public Optional<Path> chooseFile(String title, Path initial) { throw new AssertionError(title); }
    }
}
