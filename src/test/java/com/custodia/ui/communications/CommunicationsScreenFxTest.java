package com.custodia.ui.communications;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.custodia.domain.MessageClass;
import com.custodia.domain.PersonKind;
import com.custodia.domain.Role;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.service.people.NewPerson;
import com.custodia.support.MutableClock;
import com.custodia.support.TestWorkspaces;
import com.custodia.ui.common.FxTaskExecutor;
import com.custodia.ui.common.ScreenContext;
import com.custodia.ui.common.ScreenView;
import com.custodia.ui.common.ViewLoader;
import com.custodia.ui.support.RecordingDialogs;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
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

/** The real Communications screen in a headless stage: the audience of a class, and another class picked. */
@ExtendWith(ApplicationExtension.class)
class CommunicationsScreenFxTest {

    private static final int WAIT_SECONDS = 30;
    private static final Principal OFFICER = TestWorkspaces.principal(61, "olivia", Role.PRIVACY_OFFICER);

    @TempDir static Path dir;

    private static Services services;
    private FxTaskExecutor executor;
    private ScreenView screen;

    @BeforeAll
    static void workspace() {
        services = TestWorkspaces.embedded(dir.resolve("ws"), new MutableClock());
        person(PersonKind.CUSTOMER, "ada@example.com");
        person(PersonKind.CUSTOMER, null);
        person(PersonKind.FORUM_MEMBER, "finn@example.org");
    }

    private static void person(PersonKind kind, String email) {
        services.people().create(OFFICER, new NewPerson(kind, "A", "Person", null, email, null, null, null, null,
                "GB", "en"));
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
                new ViewLoader(Locale.ENGLISH), new MutableClock());
        screen = new CommunicationsScreen().open(context);
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
    @SuppressWarnings("unchecked")
    void theAudienceIsCountedOnOpeningAndAgainForAnotherClass(FxRobot robot) throws TimeoutException {
        TableView<AudienceRow> table = robot.lookup("#audienceTable").queryTableView();
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> table.getItems().size() == 4);
        assertThat(robot.lookup("#summary").queryLabeled().getText())
                .startsWith("1 of 3 persons may receive feature news");
        assertThat(robot.lookup("#exportButton").query().isVisible()).isTrue();
        assertThat(robot.lookup("#exportButton").query().isDisabled()).isFalse();

        ComboBox<MessageClass> classes = robot.lookup("#classBox").queryAs(ComboBox.class);
        robot.clickOn(classes);
        robot.clickOn("Security announcements (mandatory)");

        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#summary").queryLabeled().getText())
                .startsWith("1 of 3 persons may receive security announcements");
        assertThat(robot.lookup("Left out: not a customer").tryQuery()).isPresent();
    }
}
