package com.custodia.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.custodia.domain.PersonKind;
import com.custodia.domain.Role;
import com.custodia.domain.SecurityEventKind;
import com.custodia.service.Services;
import com.custodia.service.auth.AuthService;
import com.custodia.service.auth.AuthenticationException;
import com.custodia.service.auth.LoginResult;
import com.custodia.service.auth.Principal;
import com.custodia.service.operators.OperatorView;
import com.custodia.service.people.NewPerson;
import com.custodia.service.security.SecurityEventView;
import com.custodia.support.MutableClock;
import com.custodia.support.TestWorkspaces;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The same persistence behaviour on every engine: H2 (embedded, encrypted) and PostgreSQL.
 * Each subclass says how to create a fresh database and how to reopen it.
 */
abstract class PersistenceContract {

    protected final MutableClock clock = new MutableClock();
    protected Services services;

    /** A fresh database with the test administrator. */
    protected abstract Services create();

    /** Closes {@link #services} and opens the same database again. */
    protected abstract Services reopen();

    @BeforeEach
    void createDatabase() {
        services = create();
    }

    @AfterEach
    void closeDatabase() {
        if (services != null) {
            services.close();
        }
    }

    protected Principal signInAsAdmin() {
        return services.auth().login(TestWorkspaces.ADMIN, TestWorkspaces.ADMIN_PASSWORD.toCharArray()).principal();
    }

    @Test
    void firstAdministratorCanSignIn() {
        LoginResult result = services.auth().login(" Admin ", TestWorkspaces.ADMIN_PASSWORD.toCharArray());
        assertThat(result.principal().roles()).containsExactly(Role.ADMINISTRATOR);
        assertThat(result.mustChangePassword()).isFalse();
    }

    @Test
    void unicodeIsKeptExactlyAcrossReopening() {
        Principal admin = signInAsAdmin();
        long id = services.operators().create(admin, "officer", "Zoë Ærøskøbing-Łódź 北京 🙂",
                Set.of(Role.PRIVACY_OFFICER), "temporary-pass-1".toCharArray()).id();
        Principal officer = TestWorkspaces.principal(id, "officer", Role.PRIVACY_OFFICER);
        long personId = services.people().create(officer, new NewPerson(PersonKind.CUSTOMER, "Ægir", "Ñúñez-Øster 山田",
                "Société Générale d'Électricité", "aegir@example.com", "+47 22 00 00 00", "Storgata 1", "Oslo",
                "0155", "NO", "nb"));

        services = reopen();

        List<OperatorView> operators = services.operators().list(signInAsAdmin());
        assertThat(operators).extracting(OperatorView::displayName).contains("Zoë Ærøskøbing-Łódź 北京 🙂");
        assertThat(services.people().emailOf(officer, personId)).isEqualTo("aegir@example.com");
    }

    @Test
    void fiveFailuresLockTheAccountAndTheLockSurvivesReopening() {
        for (int i = 1; i <= 4; i++) {
            assertThatThrownBy(() -> services.auth().login("admin", "wrong-password".toCharArray()))
                    .isInstanceOf(AuthenticationException.class).hasMessage(AuthService.WRONG_CREDENTIALS);
        }
        assertThatThrownBy(() -> services.auth().login("admin", "wrong-password".toCharArray()))
                .hasMessage(AuthService.LOCKED);

        services = reopen();

        assertThatThrownBy(() -> services.auth().login("admin", TestWorkspaces.ADMIN_PASSWORD.toCharArray()))
                .hasMessage(AuthService.LOCKED);
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(services.auth().login("admin", TestWorkspaces.ADMIN_PASSWORD.toCharArray()).principal().username())
                .isEqualTo("admin");
    }

    @Test
    void unknownUserNamesGetTheSameMessagesIncludingTheLockout() {
        for (int i = 1; i <= 4; i++) {
            assertThatThrownBy(() -> services.auth().login("ghost", "any-password-1".toCharArray()))
                    .isInstanceOf(AuthenticationException.class).hasMessage(AuthService.WRONG_CREDENTIALS);
        }
        // an attacker cannot tell a real account from a made-up one by the lockout either
        assertThatThrownBy(() -> services.auth().login("ghost", "any-password-1".toCharArray()))
                .hasMessage(AuthService.LOCKED);
        assertThatThrownBy(() -> services.auth().login("ghost", "any-password-1".toCharArray()))
                .hasMessage(AuthService.LOCKED);
    }

    @Test
    void securityEventsAreStoredWithWorkstationAndNoSecrets() {
        assertThatThrownBy(() -> services.auth().login("nobody", "secret-guess-123".toCharArray()))
                .hasMessage(AuthService.WRONG_CREDENTIALS);
        Principal admin = signInAsAdmin();

        List<SecurityEventView> events = services.securityEvents().newest(admin, 100);

        assertThat(events).extracting(SecurityEventView::kind)
                .contains(SecurityEventKind.LOGIN, SecurityEventKind.LOGIN_FAILED, SecurityEventKind.OPERATOR_CREATED);
        assertThat(events).allSatisfy(e -> {
            assertThat(e.workstation()).isEqualTo("test-workstation");
            assertThat(String.valueOf(e.detail())).doesNotContain("secret-guess-123");
        });
    }

    @Test
    void resetPasswordForcesAChangeAtNextSignIn() {
        Principal admin = signInAsAdmin();
        OperatorView sales = services.operators().create(admin, "sales1", "Sales One",
                Set.of(Role.SALES_REPRESENTATIVE), "temporary-pass-1".toCharArray());
        services.operators().resetPassword(admin, sales.id(), "temporary-pass-2".toCharArray());

        LoginResult first = services.auth().login("sales1", "temporary-pass-2".toCharArray());
        assertThat(first.mustChangePassword()).isTrue();
        services.auth().changePassword(first.principal(), "temporary-pass-2".toCharArray(), "my-own-password".toCharArray());

        assertThat(services.auth().login("sales1", "my-own-password".toCharArray()).mustChangePassword()).isFalse();
    }

    @Test
    void disabledOperatorGetsTheSameMessageAsAWrongPassword() {
        Principal admin = signInAsAdmin();
        OperatorView sales = services.operators().create(admin, "sales2", "Sales Two",
                Set.of(Role.SALES_REPRESENTATIVE), "temporary-pass-1".toCharArray());
        services.operators().setActive(admin, sales.id(), false);

        assertThatThrownBy(() -> services.auth().login("sales2", "temporary-pass-1".toCharArray()))
                .hasMessage(AuthService.WRONG_CREDENTIALS);
    }

    @Test
    void theLastActiveAdministratorCannotBeRemoved() {
        Principal admin = signInAsAdmin();
        assertThatThrownBy(() -> services.operators().setRoles(admin, admin.operatorId(), Set.of(Role.PRIVACY_OFFICER)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("administrator");
        assertThatThrownBy(() -> services.operators().setActive(admin, admin.operatorId(), false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void demoDataIsGeneratedInBatchesAndCounted() {
        Principal admin = signInAsAdmin();
        services.demoData().generatePersons(admin, 2_345, 7, com.custodia.domain.Progress.NONE);
        assertThat(services.people().count(admin)).isEqualTo(2_345);
    }
}
