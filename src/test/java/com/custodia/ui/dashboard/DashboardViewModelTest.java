package com.custodia.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.custodia.domain.Progress;
import com.custodia.domain.Role;
import com.custodia.domain.SecurityEventKind;
import com.custodia.service.Services;
import com.custodia.service.auth.AuthenticationException;
import com.custodia.service.auth.Principal;
import com.custodia.service.security.AccessDeniedException;
import com.custodia.service.security.SecurityEventView;
import com.custodia.support.TestWorkspaces;
import com.custodia.ui.common.SyncTaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dashboard view model on a real encrypted workspace, without a window. */
class DashboardViewModelTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:15:30Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir Path dir;

    private Services services;
    private Principal admin;

    @BeforeEach
    void openWorkspace() {
        services = TestWorkspaces.embedded(dir.resolve("ws"), CLOCK);
        admin = services.auth().login(TestWorkspaces.ADMIN, TestWorkspaces.ADMIN_PASSWORD.toCharArray()).principal();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private DashboardViewModel modelFor(Principal principal) {
        return new DashboardViewModel(services.profile(), services.info(), principal, services.people(),
                services.securityEvents(), new SyncTaskExecutor(), CLOCK,
                ResourceBundle.getBundle("i18n.dashboard", Locale.ENGLISH));
    }

    @Test
    void administratorSeesTheNumberOfPersonsHeld() {
        services.demoData().generatePersons(admin, 7, 42L, Progress.NONE);
        DashboardViewModel model = modelFor(admin);

        model.load();

        assertThat(model.showsPersonCount()).isTrue();
        assertThat(model.personCountProperty().get()).isEqualTo("7");
        assertThat(model.problemProperty().get()).isEmpty();
    }

    @Test
    void showsTheWorkspaceAndWhoIsSignedIn() {
        DashboardViewModel model = modelFor(admin);

        assertThat(model.connection()).isEqualTo(services.profile().label()).startsWith("Embedded: ");
        assertThat(model.workspaceId()).isEqualTo(services.info().id()).isNotBlank();
        assertThat(model.created()).isEqualTo("2025-03-01");
        assertThat(model.demo()).isFalse();
        assertThat(model.operatorName()).isEqualTo("Test Administrator");
        assertThat(model.operatorUsername()).isEqualTo(TestWorkspaces.ADMIN);
        assertThat(model.roles()).isEqualTo("Administrator");
    }

    @Test
    void reviewerIsNotShownThePersonCountAndTheServiceIsNotAsked() {
        services.demoData().generatePersons(admin, 3, 1L, Progress.NONE);
        Principal reviewer = TestWorkspaces.principal(77, "reviewer", Role.OFFLINE_REVIEWER);
        // the service would refuse: the figure is hidden because it is not the reviewer's to see
        assertThatThrownBy(() -> services.people().count(reviewer)).isInstanceOf(AccessDeniedException.class);
        int refusalsBefore = refusals();
        DashboardViewModel model = modelFor(reviewer);

        model.load();

        assertThat(model.showsPersonCount()).isFalse();
        assertThat(model.personCountProperty().get()).isEmpty();
        assertThat(model.showsFailedSignIns()).isFalse();
        assertThat(model.failedSignInsProperty().get()).isEmpty();
        assertThat(model.roles()).isEqualTo("Offline reviewer");
        assertThat(refusals()).as("loading the dashboard asked nothing it would be refused").isEqualTo(refusalsBefore);
    }

    @Test
    void salesRepresentativeSeesPersonsButNotFailedSignIns() {
        services.demoData().generatePersons(admin, 2, 5L, Progress.NONE);
        DashboardViewModel model = modelFor(TestWorkspaces.principal(78, "sales", Role.SALES_REPRESENTATIVE));

        model.load();

        assertThat(model.personCountProperty().get()).isEqualTo("2");
        assertThat(model.showsFailedSignIns()).isFalse();
        assertThat(model.failedSignInsProperty().get()).isEmpty();
    }

    @Test
    void administratorSeesRecentFailedSignIns() {
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> services.auth().login(TestWorkspaces.ADMIN, "wrong-password".toCharArray()))
                    .isInstanceOf(AuthenticationException.class);
        }
        DashboardViewModel model = modelFor(admin);

        model.load();

        assertThat(model.failedSignInsProperty().get()).isEqualTo("2");
        assertThat(model.failedSignInsCaption()).contains("7 days");
    }

    @Test
    void failedSignInsOutsideTheWindowAreNotCountedAndACutOffListSaysAtLeast() {
        DashboardViewModel model = modelFor(admin);
        Instant old = NOW.minus(DashboardViewModel.RECENT).minusSeconds(1);
        List<SecurityEventView> events = List.of(
                event(NOW, SecurityEventKind.LOGIN_FAILED),
                event(NOW, SecurityEventKind.LOGIN),
                event(old, SecurityEventKind.LOGIN_FAILED));
        assertThat(model.failedSignInsText(events)).isEqualTo("1");

        List<SecurityEventView> full = new ArrayList<>();
        for (int i = 0; i < DashboardViewModel.EVENTS_READ; i++) {
            full.add(event(NOW.minus(Duration.ofMinutes(i)), SecurityEventKind.LOGIN_FAILED));
        }
        assertThat(model.failedSignInsText(full)).isEqualTo("at least 1,000");
    }

    @Test
    void disposeForgetsTheFigures() {
        DashboardViewModel model = modelFor(admin);
        model.load();
        assertThat(model.personCountProperty().get()).isEqualTo("0");

        model.dispose();

        assertThat(model.personCountProperty().get()).isEmpty();
        assertThat(model.failedSignInsProperty().get()).isEmpty();
    }

    private int refusals() {
        return (int) services.securityEvents().newest(admin, 10_000).stream()
                .filter(e -> e.kind() == SecurityEventKind.REFUSED).count();
    }

    private static SecurityEventView event(Instant at, SecurityEventKind kind) {
        return new SecurityEventView(1, at, "someone", "ws", kind, null);
    }
}
