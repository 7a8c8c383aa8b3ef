package com.custodia.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.ConnectionProfile;
import com.custodia.domain.Role;
import com.custodia.service.Services;
import com.custodia.service.auth.AuthService;
import com.custodia.service.auth.LoginResult;
import com.custodia.service.settings.ProfileStore;
import com.custodia.support.TestWorkspaces;
import com.custodia.ui.common.OpenServices;
import com.custodia.ui.common.SyncTaskExecutor;
import com.custodia.ui.support.MutableClock;
import com.custodia.ui.support.UiTesting;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SignInViewModelTest {

    @TempDir Path home;
    private final MutableClock clock = MutableClock.atFixedStart();
    private final SyncTaskExecutor executor = new SyncTaskExecutor();
    private final List<LoginResult> signedIn = new ArrayList<>();
    private ProfileStore profiles;
    private OpenServices open;
    private Path workspace;

    @BeforeEach
    void setUp() {
        profiles = new ProfileStore(UiTesting.dirs(home));
        open = new OpenServices(executor);
        workspace = home.resolve("ws");
        Services services = TestWorkspaces.embedded(workspace, clock);
        profiles.remember(services.profile());
        open.replace(services);
    }

    @AfterEach
    void close() {
        open.closeNow();
    }

    private SignInViewModel model() {
        return new SignInViewModel(profiles, () -> UiTesting.workspaces(clock), open, executor,
                UiTesting.bundle("login"), new SignInViewModel.Listener() {
                    @Override
                    public void signedIn(Services services, LoginResult result) {
                        signedIn.add(result);
                    }

                    @Override
                    public void otherWorkspace() {
                    }
                });
    }

    private static void attempt(SignInViewModel model, String user, String password) {
        model.usernameProperty().set(user);
        model.passwordProperty().set(password);
        model.signIn();
    }

    @Test
    void anOpenDatabaseNeedsNoPassphrase() {
        SignInViewModel model = model();

        assertThat(model.selectedProperty().get()).isEqualTo(new ConnectionProfile.Embedded(workspace));
        assertThat(model.needsPassphraseProperty().get()).isFalse();
        assertThat(model.needsDbPasswordProperty().get()).isFalse();
    }

    @Test
    void signsInWithTheRightPassword() {
        SignInViewModel model = model();

        attempt(model, TestWorkspaces.ADMIN, TestWorkspaces.ADMIN_PASSWORD);

        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(signedIn).singleElement().satisfies(r -> {
            assertThat(r.principal().username()).isEqualTo(TestWorkspaces.ADMIN);
            assertThat(r.mustChangePassword()).isFalse();
        });
    }

    @Test
    void wrongPasswordShowsTheMessageAndClearsThePassword() {
        SignInViewModel model = model();

        attempt(model, TestWorkspaces.ADMIN, "wrong-password-1");

        assertThat(model.errorProperty().get()).isEqualTo(AuthService.WRONG_CREDENTIALS);
        assertThat(model.passwordProperty().get()).isEmpty();
        assertThat(model.usernameProperty().get()).isEqualTo(TestWorkspaces.ADMIN);
        assertThat(signedIn).isEmpty();
        assertThat(open.current()).as("the database stays open for the next try").isPresent();
    }

    @Test
    void fiveFailuresLockTheAccountAndTheRightPasswordIsThenRefused() {
        SignInViewModel model = model();
        for (int i = 0; i < 4; i++) {
            attempt(model, TestWorkspaces.ADMIN, "wrong-password-" + i);
            assertThat(model.errorProperty().get()).isEqualTo(AuthService.WRONG_CREDENTIALS);
        }

        attempt(model, TestWorkspaces.ADMIN, "wrong-password-5");
        assertThat(model.errorProperty().get()).isEqualTo(AuthService.LOCKED);

        attempt(model, TestWorkspaces.ADMIN, TestWorkspaces.ADMIN_PASSWORD);
        assertThat(model.errorProperty().get()).isEqualTo(AuthService.LOCKED);
        assertThat(signedIn).isEmpty();
    }

    @Test
    void emptyUserNameIsRequired() {
        SignInViewModel model = model();

        attempt(model, " ", "whatever-1");

        assertThat(model.errorProperty().get()).isEqualTo("User name: this field is required.");
        assertThat(model.invalidFieldProperty().get()).isEqualTo("signin-username");
    }

    @Test
    void aClosedWorkspaceAsksForThePassphraseAndAWrongOneIsNamed() {
        open.closeNow();
        SignInViewModel model = model();
        assertThat(model.needsPassphraseProperty().get()).isTrue();

        attempt(model, TestWorkspaces.ADMIN, TestWorkspaces.ADMIN_PASSWORD);
        assertThat(model.errorProperty().get()).isEqualTo("Workspace passphrase: this field is required.");

        model.passphraseProperty().set("this is not the passphrase");
        attempt(model, TestWorkspaces.ADMIN, TestWorkspaces.ADMIN_PASSWORD);

        assertThat(model.errorProperty().get()).isEqualTo("Wrong passphrase.");
        assertThat(model.needsPassphraseProperty().get()).isTrue();
        assertThat(open.current()).isEmpty();
    }

    @Test
    void aClosedWorkspaceOpensWithThePassphraseAndStaysOpenAfterAWrongPassword() {
        open.closeNow();
        SignInViewModel model = model();
        model.passphraseProperty().set(TestWorkspaces.PASSPHRASE);

        attempt(model, TestWorkspaces.ADMIN, "wrong-password-1");

        assertThat(model.errorProperty().get()).isEqualTo(AuthService.WRONG_CREDENTIALS);
        assertThat(model.needsPassphraseProperty().get()).as("the database is open now").isFalse();
        assertThat(model.passphraseProperty().get()).isEmpty();

        attempt(model, TestWorkspaces.ADMIN, TestWorkspaces.ADMIN_PASSWORD);
        assertThat(signedIn).hasSize(1);
    }

    @Test
    void aTemporaryPasswordAsksForAChange() {
        Services services = open.current().orElseThrow();
        var admin = services.auth().login(TestWorkspaces.ADMIN, TestWorkspaces.ADMIN_PASSWORD.toCharArray()).principal();
        services.operators().create(admin, "sam", "Sam Sales", Set.of(Role.SALES_REPRESENTATIVE),
                "temporary-pass-1".toCharArray());
        SignInViewModel model = model();

        attempt(model, "sam", "temporary-pass-1");

        assertThat(signedIn).singleElement().satisfies(r -> assertThat(r.mustChangePassword()).isTrue());
    }

    @Test
    void profilesAreListedMostRecentFirst() {
        ConnectionProfile.Server server = new ConnectionProfile.Server("db.example", 5432, "custodia", "clerk",
                ConnectionProfile.TlsMode.VERIFY_FULL, null, null);
        profiles.remember(server);
        open.closeNow();

        SignInViewModel model = model();

        assertThat(model.profiles()).containsExactly(server, new ConnectionProfile.Embedded(workspace));
        assertThat(model.needsDbPasswordProperty().get()).isTrue();
        assertThat(model.needsPassphraseProperty().get()).isFalse();
    }
}
