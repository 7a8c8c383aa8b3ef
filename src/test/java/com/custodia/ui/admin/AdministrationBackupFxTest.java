package com.custodia.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.support.TestWorkspaces;
import com.custodia.ui.common.FxTaskExecutor;
import com.custodia.ui.common.ScreenContext;
import com.custodia.ui.common.ScreenView;
import com.custodia.ui.common.ViewLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.ZipFile;
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

/**
 * The real administration screen in a headless stage with the worker-thread executor: the
 * administrator presses "Back up…", the (fake) chooser answers a file, and the backup lands there.
 */
@ExtendWith(ApplicationExtension.class)
class AdministrationBackupFxTest {

    private static final int WAIT_SECONDS = 30;

    @TempDir Path dir;

    private Services services;
    private FxTaskExecutor executor;
    private ScreenView screen;
    private final FakeDialogService dialogs = new FakeDialogService();

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        services = TestWorkspaces.embedded(dir.resolve("ws"), Clock.systemUTC());
        Principal admin = services.auth().login(TestWorkspaces.ADMIN, TestWorkspaces.ADMIN_PASSWORD.toCharArray())
                .principal();
        executor = new FxTaskExecutor();
        ScreenContext context = new ScreenContext(services, admin, executor, dialogs, new ViewLoader(Locale.ENGLISH),
                Clock.systemUTC());
        screen = new AdministrationScreen().open(context);
        stage.setScene(new Scene(screen.root(), 1200, 760));
        stage.show();
    }

    @AfterEach
    void close() throws TimeoutException {
        WaitForAsyncUtils.asyncFx(screen::dispose);
        WaitForAsyncUtils.waitForFxEvents();
        executor.close();
        services.close();
    }

    @Test
    void theBackUpButtonWritesABackupToTheChosenFile(FxRobot robot) throws Exception {
        Path target = dir.resolve("chosen.custodia-backup");
        dialogs.chosenFile = target;

        robot.clickOn("Backup");
        robot.clickOn("#backupButton");

        Label notice = robot.lookup("#backupNotice").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> !notice.getText().isEmpty()).get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(notice.getText()).startsWith("Backed up to " + target.toAbsolutePath());
        assertThat(notice.isVisible()).isTrue();
        assertThat(robot.lookup("#backupBar").query().isVisible()).as("the progress bar goes away").isFalse();
        assertThat(Files.isRegularFile(target)).isTrue();
        try (ZipFile zip = new ZipFile(target.toFile())) {
            assertThat(zip.getEntry("manifest.json")).isNotNull();
            assertThat(zip.getEntry("custodia.mv.db")).isNotNull();
        }
        assertThat(dialogs.errors).isEmpty();
    }
}
