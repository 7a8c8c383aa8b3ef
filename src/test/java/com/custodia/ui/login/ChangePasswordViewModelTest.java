package com.custodia.ui.login;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.Role;
import com.custodia.service.Services;
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

class ChangePasswordViewModelTest {

    private static final AtomicInteger OPERATORS = new AtomicInteger();
    @TempDir static Path home;
    /** One workspace for the class; each test changes the password of an operator of its own. */
    private static Services services;
    private final List<String> events = new ArrayList<>();
    private String name;
    private ChangePasswordViewModel model;

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
        name = "sam" + OPERATORS.incrementAndGet();
        services.operators().create(admin, name, "Sam Sales", Set.of(Role.SALES_REPRESENTATIVE), "temporary-pass-1".toCharArray());
        Principal sam = services.auth().login(name, "temporary-pass-1".toCharArray()).principal();
        model = new ChangePasswordViewModel(services.auth(), sam, new SyncTaskExecutor(), UiTesting.bundle("login"),
                new ChangePasswordViewModel.Listener() {
                    @Override
                    public void changed() {
                        events.add("changed");
                    }

                    @Override
                    public void cancelled() {
                        events.add("cancelled");
                    }
                });
    }

    @Test
    void differentNewPasswordsAreRefused() {
        model.currentProperty().set("temporary-pass-1");
        model.newPasswordProperty().set("my-own-password-1");
        model.repeatProperty().set("my-own-password-2");

        model.submit();

        assertThat(model.errorProperty().get()).isEqualTo("Repeat new password: the two passwords differ.");
        assertThat(events).isEmpty();
    }

    @Test
    void aWrongCurrentPasswordIsRefused() {
        model.currentProperty().set("not-the-current-1");
        model.newPasswordProperty().set("my-own-password-1");
        model.repeatProperty().set("my-own-password-1");

        model.submit();

        assertThat(model.errorProperty().get()).isEqualTo("The current password is wrong.");
        assertThat(events).isEmpty();
    }

    @Test
    void theNewPasswordWorksAndNoChangeIsAskedAgain() {
        model.currentProperty().set("temporary-pass-1");
        model.newPasswordProperty().set("my-own-password-1");
        model.repeatProperty().set("my-own-password-1");

        model.submit();

        assertThat(events).containsExactly("changed");
        var again = services.auth().login(name, "my-own-password-1".toCharArray());
        assertThat(again.mustChangePassword()).isFalse();
    }
}
