package com.custodia.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.ConnectionProfile;
import com.custodia.domain.Role;
import com.custodia.service.auth.Principal;
import com.custodia.ui.admin.AdministrationScreen;
import com.custodia.ui.common.Screen;
import com.custodia.ui.dashboard.DashboardScreen;
import com.custodia.service.ledger.LedgerStatus;
import com.custodia.ui.common.SyncTaskExecutor;
import com.custodia.ui.support.MutableClock;
import com.custodia.ui.support.RecordingScreen;
import com.custodia.ui.support.UiTesting;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MainWindowViewModelTest {

    private final List<String> actions = new ArrayList<>();
    private final List<Screen> screens = List.of(new DashboardScreen(), new AdministrationScreen());
    private final ConnectionProfile profile = new ConnectionProfile.Embedded(Path.of("/data/workspaces/acme"));

    private final SyncTaskExecutor executor = new SyncTaskExecutor();
    private final List<String> ledgerReads = new ArrayList<>();

    private MainWindowViewModel model(Principal principal, boolean demo, String initial) {
        return model(principal, demo, initial, screens);
    }

    private MainWindowViewModel model(Principal principal, boolean demo, String initial, List<Screen> screens) {
        var ledger = new LedgerStatusViewModel(actor -> {
            ledgerReads.add(actor.username());
            return new LedgerStatus(7, null, null);
        }, principal, executor, MutableClock.atFixedStart(), UiTesting.bundle("main"));
        return new MainWindowViewModel(principal, profile, demo, screens, initial, "light",
                UiTesting.bundle("main"), UiTesting.bundle("common"), executor, ledger, new MainWindowViewModel.Actions() {
                    @Override public void lockNow() { actions.add("lock"); }
                    @Override public void signOut() { actions.add("sign out"); }
                    @Override public void exit() { actions.add("exit"); }
                    @Override public void themeChanged(String theme) { actions.add("theme " + theme); }
                    @Override public void about() { actions.add("about"); }
                });
    }

    private static Principal with(Role... roles) {
        return new Principal(1, "pat", "Pat Example", Set.of(roles));
    }

    @Test
    void anAdministratorSeesDashboardAndAdministration() {
        var model = model(with(Role.ADMINISTRATOR), false, null);

        assertThat(model.navigation()).extracting(Screen::id).containsExactly("dashboard", "administration");
        assertThat(model.selectedId()).isEqualTo("dashboard");
    }

    @Test
    void aSalesRepresentativeDoesNotSeeAdministration() {
        var model = model(with(Role.SALES_REPRESENTATIVE), false, "administration");

        assertThat(model.navigation()).extracting(Screen::id).containsExactly("dashboard");
        assertThat(model.selectedId()).as("a screen the operator may not see is never selected").isEqualTo("dashboard");
    }

    @Test
    void theLastScreenIsShownAgainAfterUnlock() {
        var model = model(with(Role.ADMINISTRATOR), false, "administration");

        assertThat(model.selectedId()).isEqualTo("administration");
    }

    @Test
    void theTitleNamesTheWorkspaceAndSaysDemoForDemoWorkspaces() {
        assertThat(model(with(Role.ADMINISTRATOR), false, null).title()).isEqualTo("Custodia \u2014 acme");
        assertThat(model(with(Role.ADMINISTRATOR), true, null).title()).isEqualTo("Custodia \u2014 acme \u2014 DEMO");
    }

    @Test
    void theStatusBarShowsConnectionOperatorAndRoles() {
        var model = model(with(Role.PRIVACY_OFFICER, Role.ADMINISTRATOR), false, null);

        assertThat(model.connectionText()).isEqualTo(profile.label());
        assertThat(model.operatorText()).isEqualTo("Pat Example (pat)");
        assertThat(model.rolesText()).isEqualTo("Administrator, Privacy officer");
    }

    @Test
    void menuVerbsReachTheApplication() {
        var model = model(with(Role.ADMINISTRATOR), false, null);

        model.lockNow();
        model.themeProperty().set("dark");
        model.signOut();

        assertThat(actions).containsExactly("lock", "theme dark", "sign out");
    }

    @Test
    void theLedgersStateIsReadAtStartAndAgainWhenTheOperatorChangesScreens() {
        var model = model(with(Role.ADMINISTRATOR), false, null);

        model.start();
        assertThat(model.ledger().state().getText()).startsWith("Ledger: 7 entries");
        model.select("administration");

        assertThat(ledgerReads).containsExactly("pat", "pat");
    }

    @Test
    void afterCloseNothingIsReadOrSearchedAnyMore() {
        RecordingScreen people = RecordingScreen.searchable("people");
        var model = model(with(Role.ADMINISTRATOR), false, null, List.of(new DashboardScreen(), people));
        model.start();
        model.search().textProperty().set("jane");

        model.close();
        executor.runScheduled();
        model.select("people");

        assertThat(ledgerReads).as("only the read at start").containsExactly("pat");
        assertThat(model.search().requestProperty().get()).isNull();
    }

    @Test
    void theSearchBoxHintNamesTheScreenAndTheShortcut() {
        var model = model(with(Role.ADMINISTRATOR), false, null);

        assertThat(model.searchPrompt("People", "Ctrl+K")).isEqualTo("Search People\u2026 (Ctrl+K)");
    }
}
