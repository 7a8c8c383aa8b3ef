package com.custodia.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.ConnectionProfile;
import com.custodia.domain.Role;
import com.custodia.service.Services;
import com.custodia.service.auth.AuthService;
import com.custodia.service.auth.LoginResult;
import com.custodia.service.auth.Principal;
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
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sign-in without a window. Most tests share one open workspace (creating one costs a second)
 * and sign in as an operator of their own, so lockouts do not leak between tests.
 */
class SignInViewModelTest {

    private static final String PASSWORD = "operator-password-1";
    private static final MutableClock CLOCK = MutableClock.atFixedStart();
    private static final AtomicInteger OPERATORS = new AtomicInteger();
    @TempDir static Path sharedHome;
    private static Services shared;
    private static Principal admin;

    @TempDir Path home;
    private final SyncTaskExecutor executor = new SyncTaskExecutor();
    private final List<LoginResult> signedIn = new ArrayList<>();
    private ProfileStore profiles;
    private OpenServices open;

    @BeforeAll
    static void openSharedWorkspace() {
        shared = TestWorkspaces.embedded(sharedHome.resolve("ws"), CLOCK);
        admin = shared.auth().login(TestWorkspaces.ADMIN, TestWorkspaces.ADMIN_PASSWORD.toCharArray()).principal();
    }

    @AfterAll
    static void closeSharedWorkspace() {
        shared.close();
    }

    @BeforeEach
    void setUp() {
        profiles = new ProfileStore(UiTesting.dirs(home));
        profiles.remember(shared.profile());
        open = new OpenServices(executor);
        open.replace(shared);
    }

    @AfterEach
    void close() {
        // the shared workspace stays open for the next test; one a test opened itself is closed
        open.current().filter(s -> s != shared).ifPresent(s -> open.closeNow());
    }

    /** A new operator in the shared workspace, who must choose a password at first sign-in. */
    private static String newOperator() {
        String name = "op" + OPERATORS.incrementAndGet();
        shared.operators().create(admin, name, "Operator " + name, Set.of(Role.SALES_REPRESENTATIVE), PASSWORD.toCharArray());
        return name;
    }

    private SignInViewModel model() {
        return new SignInViewModel(profiles, () -> UiTesting.workspaces(CLOCK), open, executor,
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

        assertThat(model.selectedProperty().get()).isEqualTo(shared.profile());
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
        String user = newOperator();
        SignInViewModel model = model();

        attempt(model, user, "wrong-password-1");

        assertThat(model.errorProperty().get()).isEqualTo(AuthService.WRONG_CREDENTIALS);
        assertThat(model.passwordProperty().get()).isEmpty();
        assertThat(model.usernameProperty().get()).isEqualTo(user);
        assertThat(signedIn).isEmpty();
        assertThat(open.current()).as("the database stays open for the next try").contains(shared);
    }

    @Test
    void fiveFailuresLockTheAccountAndTheRightPasswordIsThenRefused() {
        String user = newOperator();
        SignInViewModel model = model();
        for (int i = 0; i < 4; i++) {
            attempt(model, user, "wrong-password-" + i);
            assertThat(model.errorProperty().get()).isEqualTo(AuthService.WRONG_CREDENTIALS);
        }

        attempt(model, user, "wrong-password-5");
        assertThat(model.errorProperty().get()).isEqualTo(AuthService.LOCKED);

        attempt(model, user, PASSWORD);
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
    void aTemporaryPasswordAsksForAChange() {
        String user = newOperator();
        SignInViewModel model = model();

        attempt(model, user, PASSWORD);

        assertThat(signedIn).singleElement().satisfies(r -> assertThat(r.mustChangePassword()).isTrue());
    }

    @Test
    void aClosedWorkspaceAsksForThePassphraseAndAWrongOneIsNamed() {
        Path folder = closedWorkspace();
        SignInViewModel model = model();
        model.selectedProperty().set(new ConnectionProfile.Embedded(folder));
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
        Path folder = closedWorkspace();
        SignInViewModel model = model();
        model.selectedProperty().set(new ConnectionProfile.Embedded(folder));
        model.passphraseProperty().set(TestWorkspaces.PASSPHRASE);

        attempt(model, TestWorkspaces.ADMIN, "wrong-password-1");

        assertThat(model.errorProperty().get()).isEqualTo(AuthService.WRONG_CREDENTIALS);
        assertThat(model.needsPassphraseProperty().get()).as("the database is open now").isFalse();
        assertThat(model.passphraseProperty().get()).isEmpty();

        attempt(model, TestWorkspaces.ADMIN, TestWorkspaces.ADMIN_PASSWORD);
        assertThat(signedIn).hasSize(1);
        assertThat(profiles.load().get(0)).as("most recent first").isEqualTo(new ConnectionProfile.Embedded(folder));
    }

    @Test
    void profilesAreListedMostRecentFirst() {
        ConnectionProfile.Server server = new ConnectionProfile.Server("db.example", 5432, "custodia", "clerk",
                ConnectionProfile.TlsMode.VERIFY_FULL, null, null);
        profiles.remember(server);
        open.detach();

        SignInViewModel model = model();

        assertThat(model.profiles()).containsExactly(server, shared.profile());
        assertThat(model.needsDbPasswordProperty().get()).isTrue();
        assertThat(model.needsPassphraseProperty().get()).isFalse();
    }

    /** A workspace of this test's own, created and closed again, and remembered. */
    private Path closedWorkspace() {
        open.detach(); // the shared workspace must not be closed by this test's sign-in
        Path folder = home.resolve("closed");
        TestWorkspaces.embedded(folder, CLOCK).close();
        profiles.remember(new ConnectionProfile.Embedded(folder));
        return folder;
    }
}
