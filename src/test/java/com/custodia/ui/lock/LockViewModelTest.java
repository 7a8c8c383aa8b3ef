package com.custodia.ui.lock;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.Role;
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
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LockViewModelTest {

    private static final String PASSWORD = "operator-password-1";
    private static final AtomicInteger OPERATORS = new AtomicInteger();
    @TempDir static Path home;
    /** One workspace for the class; each test locks an operator of its own, so lockouts stay apart. */
    private static Services services;
    private final List<String> events = new ArrayList<>();
    private LockViewModel model;

    @BeforeAll
    static void openWorkspace() {
        services = TestWorkspaces.embedded(home.resolve("ws"), MutableClock.atFixedStart());
    }

    @AfterAll
    static void closeWorkspace() {
        services.close();
    }

    @BeforeEach
    void setUp() {
        Principal admin = services.auth().login(TestWorkspaces.ADMIN, TestWorkspaces.ADMIN_PASSWORD.toCharArray()).principal();
        String name = "op" + OPERATORS.incrementAndGet();
        services.operators().create(admin, name, "Operator " + name, Set.of(Role.SALES_REPRESENTATIVE), PASSWORD.toCharArray());
        Principal operator = services.auth().login(name, PASSWORD.toCharArray()).principal();
        model = new LockViewModel(services.auth(), operator, new SyncTaskExecutor(), UiTesting.bundle("lock"),
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

    @Test
    void theOperatorsPasswordUnlocks() {
        model.passwordProperty().set(PASSWORD);

        model.unlock();

        assertThat(events).containsExactly("unlocked " + model.username());
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
