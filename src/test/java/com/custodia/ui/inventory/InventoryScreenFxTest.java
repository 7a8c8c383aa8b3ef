package com.custodia.ui.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.custodia.domain.PersonKind;
import com.custodia.domain.Role;
import com.custodia.policy.DataCategory;
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
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
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

/** The real data inventory in a headless stage: every category with its live count, and Refresh counts again. */
@ExtendWith(ApplicationExtension.class)
class InventoryScreenFxTest {

    private static final int WAIT_SECONDS = 30;

    @TempDir static Path dir;

    private static Services services;
    private static final Principal SALES = TestWorkspaces.principal(60, "sam", Role.SALES_REPRESENTATIVE);
    private FxTaskExecutor executor;
    private ScreenView screen;

    @BeforeAll
    static void workspace() {
        services = TestWorkspaces.embedded(dir.resolve("ws"), new MutableClock());
        person("Lovelace");
        person("Babbage");
    }

    private static void person(String last) {
        services.people().create(SALES, new NewPerson(PersonKind.CUSTOMER, "A", last, null, null, null, null, null,
                null, "GB", "en"));
    }

    @AfterAll
    static void closeWorkspace() {
        services.close();
    }

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        executor = new FxTaskExecutor();
        ScreenContext context = new ScreenContext(services, SALES, executor, new RecordingDialogs(),
                new ViewLoader(Locale.ENGLISH), new MutableClock());
        screen = new InventoryScreen().open(context);
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
    void everyCategoryIsShownWithItsLiveCountAndRefreshCountsAgain(FxRobot robot) throws TimeoutException {
        TableView<InventoryRow> table = robot.lookup("#categoriesTable").queryTableView();
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> identityRows(table) == 2);
        assertThat(table.getItems()).hasSize(DataCategory.values().length);

        person("Hopper");
        robot.clickOn("#refreshButton");

        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> identityRows(table) == 3);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".inventory-text").match((Text t) -> "Identity".equals(t.getText())).tryQuery())
                .as("the category is drawn").isPresent();
        assertThat(robot.lookup("#summary").queryLabeled().getText()).contains(" tables, ");
    }

    private static long identityRows(TableView<InventoryRow> table) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> table.getItems().stream()
                .filter(r -> r.category().equals(DataCategory.IDENTITY.title()))
                .mapToLong(InventoryRow::rows).findFirst().orElse(-1)).get();
    }
}
