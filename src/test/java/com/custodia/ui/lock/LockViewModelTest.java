package com.custodia.ui.lock;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.service.Services;
import com.custodia.service.auth.AuthService;
import com.custodia.service.auth.Principal;
import com.custodia.support.TestWorkspaces;
import com.custodia.ui.common.SyncTaskExecutor;
import com.custodia.ui.support.MutableClock;
import com.custodia.ui.support.UiTesting;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LockViewModelTest {

    @TempDir Path home;
    private final List<String> events = new ArrayList<>();
    private Services services;
    private LockViewModel model;

    @BeforeEach
    void setUp() {
        services = TestWorkspaces.embedded(home.resolve("ws"), MutableClock.atFixedStart());
        Principal admin = services.auth().login(TestWorkspaces.ADMIN, TestWorkspaces.ADMIN_PASSWORD.toCharArray()).principal();
        model = new LockViewModel(services.auth(), admin, new SyncTaskExecutor(), UiTesting.bundle("lock"),
                new LockViewModel.Listener() {
                    @Override
                    public void unlocked(Principal principal) {
                        events.add("unlocked " + principal.username());
                    }

                    @Override
                    public void lockedOut(String message) {
                        events.add("locked out: " + message);
                    }

                    @Override
                    public void signOut() {
                        events.add("sign out");
                    }
                });
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theOperatorsPasswordUnlocks() {
        model.passwordProperty().set(TestWorkspaces.ADMIN_PASSWORD);

        model.unlock();

        assertThat(events).containsExactly("unlocked admin");
    }

    @Test
    void aWrongPasswordIsShownAndTheScreenStaysLocked() {
        model.passwordProperty().set("wrong-password-1");

        model.unlock();

        assertThat(model.errorProperty().get()).isEqualTo(AuthService.WRONG_CREDENTIALS);
        assertThat(model.passwordProperty().get()).isEmpty();
        assertThat(events).isEmpty();
    }

    @Test
    void fiveWrongPasswordsEndTheSessionWithTheLockoutMessage() {
        for (int i = 0; i < 5; i++) {
            model.passwordProperty().set("wrong-password-" + i);
            model.unlock();
        }

        assertThat(events).containsExactly("locked out: " + AuthService.LOCKED);
    }

    @Test
    void anEmptyPasswordIsNotSent() {
        model.unlock();

        assertThat(model.errorProperty().get()).isEqualTo("Password: this field is required.");
        assertThat(events).isEmpty();
    }
}
