package com.custodia.ui.partners;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.custodia.ledger.LedgerQueries;
import com.custodia.policy.GrantRules;
import com.custodia.service.partners.GrantView;
import com.custodia.service.partners.PartnerView;
import com.custodia.ui.common.FxTaskExecutor;
import com.custodia.ui.common.ScreenContext;
import com.custodia.ui.common.ScreenView;
import com.custodia.ui.common.ViewLoader;
import com.custodia.ui.support.RecordingDialogs;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
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
 * The real Partners screen in a headless stage, with the real worker-thread executor: a partner
 * manager looks a license up for a registered partner and for a lapsed one, then grants a partner
 * a customer's licenses and revokes the grant, each with a reason.
 */
@ExtendWith(ApplicationExtension.class)
class PartnersScreenFxTest {

    /** Generous: a bound on waiting for background work, not a performance assertion. */
    private static final int WAIT_SECONDS = 30;

    @TempDir Path dir;

    private PartnersUiFixture f;
    private RecordingDialogs dialogs;
    private FxTaskExecutor executor;
    private ScreenView screen;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        f = new PartnersUiFixture(dir);
        dialogs = new RecordingDialogs();
        executor = new FxTaskExecutor();
        ScreenContext context = new ScreenContext(f.services, f.pat, executor, dialogs, new ViewLoader(Locale.ENGLISH),
                f.clock);
        screen = new PartnersScreen().open(context);
        stage.setScene(new Scene(screen.root(), 1280, 800));
        stage.show();
    }

    @AfterEach
    void close() throws TimeoutException {
        WaitForAsyncUtils.asyncFx(screen::dispose);
        WaitForAsyncUtils.waitForFxEvents();
        executor.close();
        f.services.close();
    }

    @Test
    void partnersShowWhereTheyStand(FxRobot robot) throws Exception {
        TableView<PartnerView> table = robot.lookup("#partnersTable").queryTableView();
        waitFor(() -> fx(() -> table.getItems().size() == 4));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".table-cell").<Node>queryAll()).extracting(PartnersScreenFxTest::cellText)
                .contains("Renew by 2026-03-30", "Lapsed since 2026-01-29, renew",
                        "Agreement v1 older than current v2", "Registered");
        assertThat(robot.lookup(".partner-expiring").<Node>queryAll()).as("Contoso's row is highlighted").hasSize(1);
    }

    @Test
    void looksALicenseUpForARegisteredPartnerAndIsRefusedForALapsedOne(FxRobot robot) throws Exception {
        waitFor(() -> fx(() -> robot.lookup("#partnersTable").queryTableView().getItems().size() == 4));
        select(robot, "tab-lookup");
        choose(robot, "#lookupPartner", f.northwind);
        robot.clickOn("#lookupKey").write(PartnersUiFixture.ADA_KEY);
        long before = new LedgerQueries(f.services.database()).size();
        robot.clickOn("#lookupButton");

        Label result = robot.lookup("#lookupResult").queryAs(Label.class);
        waitFor(() -> fx(() -> result.getText().startsWith("Answered")));
        assertThat(result.getText()).isEqualTo("Answered Northwind Resellers under grant #" + f.adaGrant.id()
                + ". Recorded in the ledger as entry " + before + ".");
        TableView<LookupViewModel.Row> rows = robot.lookup("#lookupTable").queryTableView();
        assertThat(fx(() -> rows.getItems().stream().map(LookupViewModel.Row::field).toList()))
                .containsExactly("License key", "Product", "Status", "Expiry");
        // reading the partners again keeps the answer beside its question
        robot.clickOn("#refreshButton");
        waitFor(() -> fx(() -> !robot.lookup("#refreshButton").query().isDisabled()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(result.getText()).startsWith("Answered");
        assertThat(fx(() -> robot.lookup("#lookupPartner").<PartnerView>queryComboBox().getValue().id()))
                .isEqualTo(f.northwind);

        choose(robot, "#lookupPartner", f.fabrikam);
        robot.clickOn("#lookupButton");
        waitFor(() -> fx(() -> result.getText().startsWith("Refused")));
        assertThat(result.getText()).contains("Fabrikam Ltd's registration lapsed on 2026-01-29");
        assertThat(robot.lookup("#lookupNote").queryAs(Label.class).getText())
                .isEqualTo("Nothing was disclosed; the refusal is in the security log.");
        assertThat(fx(() -> rows.getItems().isEmpty())).isTrue();
        assertThat(new LedgerQueries(f.services.database()).size()).isEqualTo(before + 1);
    }

    @Test
    void grantsWithAReasonAndRevokesWithAReason(FxRobot robot) throws Exception {
        waitFor(() -> fx(() -> robot.lookup("#partnersTable").queryTableView().getItems().size() == 4));
        select(robot, "tab-grants");
        robot.clickOn("#grantButton");
        choose(robot, "#grantFormPartner", f.northwind);
        robot.clickOn("#grantFormPersons").write(Long.toString(f.bob));
        robot.clickOn("#grantFormReason").write("Northwind supports Bob's company");
        robot.clickOn("#grantFormSave");

        Label notice = robot.lookup("#grantsNotice").queryAs(Label.class);
        waitFor(() -> fx(() -> notice.getText().endsWith("to Northwind Resellers recorded.")));
        GrantView granted = f.services.grants().listFor(f.pat, f.northwind).get(0);
        assertThat(granted.personIds()).containsExactly(f.bob);
        assertThat(granted.reason()).isEqualTo("Northwind supports Bob's company");
        TableView<GrantView> table = robot.lookup("#grantsTable").queryTableView();
        waitFor(() -> fx(() -> table.getSelectionModel().getSelectedItem() != null
                && table.getSelectionModel().getSelectedItem().id() == granted.id()));

        robot.clickOn("#revokeGrantButton");
        robot.clickOn("#actionSave");
        Label actionNotice = robot.lookup("#actionNotice").queryAs(Label.class);
        waitFor(() -> fx(() -> actionNotice.getText().equals("A reason is required.")));
        robot.clickOn("#actionReason").write("Bob moved to another reseller");
        robot.clickOn("#actionSave");
        waitFor(() -> fx(() -> notice.getText().endsWith("revoked; it answers nothing from now on.")));

        GrantView revoked = f.services.grants().find(f.pat, granted.id());
        assertThat(revoked.state()).isEqualTo(GrantRules.State.REVOKED);
        assertThat(revoked.revokeReason()).isEqualTo("Bob moved to another reseller");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#grantRevoked").queryAs(Label.class).getText())
                .startsWith("Revoked by pat on ").endsWith(": Bob moved to another reseller");
    }

    private void choose(FxRobot robot, String id, long partnerId) {
        ComboBox<PartnerView> box = robot.lookup(id).queryComboBox();
        robot.interact(() -> box.setValue(box.getItems().stream().filter(p -> p != null && p.id() == partnerId)
                .findFirst().orElseThrow()));
    }

    private static void select(FxRobot robot, String tabId) {
        TabPane tabs = (TabPane) robot.lookup("#tabPane").query();
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> tabId.equals(t.getId())).findFirst().orElseThrow()));
    }

    private static void waitFor(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition);
    }

    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(WAIT_SECONDS, TimeUnit.SECONDS);
    }

    private static String cellText(Node cell) {
        return cell instanceof Labeled labeled ? labeled.getText() : "";
    }
}
