package com.custodia.ui.admin;

import com.custodia.ui.common.Notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.custodia.domain.Role;
import com.custodia.domain.SecurityEventKind;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.service.operators.OperatorView;
import com.custodia.service.security.AccessDeniedException;
import com.custodia.service.security.SecurityEventView;
import com.custodia.support.TestWorkspaces;
import com.custodia.ui.common.SyncTaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The administration view model on a real encrypted workspace, without a window: every command
 * goes through the real services, with a synchronous executor standing in for the worker thread.
 */
class AdministrationViewModelTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:15:30Z");
    private static final String TEMP_PASSWORD = "temporary-pass-1";

    @TempDir Path dir;

    private Services services;
    private Principal admin;
    private FakeDialogService dialogs;
    private AdministrationViewModel model;

    @BeforeEach
    void openWorkspace() {
        services = TestWorkspaces.embedded(dir.resolve("ws"), Clock.fixed(NOW, ZoneOffset.UTC));
        admin = services.auth().login(TestWorkspaces.ADMIN, TestWorkspaces.ADMIN_PASSWORD.toCharArray()).principal();
        dialogs = new FakeDialogService();
        model = modelFor(admin);
        model.refresh();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private AdministrationViewModel modelFor(Principal principal) {
        return new AdministrationViewModel(services.operators(), services.securityEvents(), principal,
                new SyncTaskExecutor(), dialogs, ResourceBundle.getBundle("i18n.admin", Locale.ENGLISH));
    }

    private void fillCreate(String username, String password, String repeat, Role... roles) {
        model.startCreate();
        OperatorForm form = model.form();
        form.usernameProperty().set(username);
        form.displayNameProperty().set("Display " + username);
        for (Role role : roles) {
            form.roleProperty(role).set(true);
        }
        form.passwordProperty().set(password);
        form.passwordRepeatProperty().set(repeat);
    }

    private OperatorView create(String username, Role... roles) {
        fillCreate(username, TEMP_PASSWORD, TEMP_PASSWORD, roles);
        model.submitForm();
        assertThat(model.form().notice().getText()).isEmpty();
        return row(username);
    }

    private OperatorView row(String username) {
        return model.operators().stream().filter(op -> op.username().equals(username)).findFirst().orElseThrow();
    }

    private void selectRow(String username) {
        model.select(row(username));
    }

    private Set<String> usernames() {
        return Set.copyOf(model.operators().stream().map(OperatorView::username).toList());
    }

    // ---------------------------------------------------------------- Operators

    @Test
    void listsTheOperatorsOfTheWorkspace() {
        assertThat(usernames()).containsExactly(TestWorkspaces.ADMIN);
        OperatorView first = row(TestWorkspaces.ADMIN);
        assertThat(first.roles()).containsExactly(Role.ADMINISTRATOR);
        assertThat(model.text().roles(first.roles())).isEqualTo("Administrator");
        assertThat(model.text().time(first.lastLoginAt())).isEqualTo("2025-03-01 10:15:30");
        assertThat(model.notice().getText()).isEmpty();
    }

    @Test
    void sizesReadAsBytesThenThousandsWithOneDecimal() {
        AdminText text = model.text();
        assertThat(text.size(0)).isEqualTo("0 bytes");
        assertThat(text.size(999)).isEqualTo("999 bytes");
        assertThat(text.size(1_000)).isEqualTo("1.0 kB");
        assertThat(text.size(1_304_674)).isEqualTo("1.3 MB");
        assertThat(text.size(999_949)).isEqualTo("999.9 kB");
        assertThat(text.size(999_960)).isEqualTo("1.0 MB");
        assertThat(text.size(4_294_967_295L)).isEqualTo("4.3 GB");
    }

    @Test
    void createdOperatorAppearsInTheTableSelectedWithItsRoles() {
        fillCreate("sally", TEMP_PASSWORD, TEMP_PASSWORD, Role.SALES_REPRESENTATIVE, Role.PRIVACY_OFFICER);

        model.submitForm();

        OperatorView sally = row("sally");
        assertThat(sally.displayName()).isEqualTo("Display sally");
        assertThat(sally.roles()).containsExactlyInAnyOrder(Role.SALES_REPRESENTATIVE, Role.PRIVACY_OFFICER);
        assertThat(sally.active()).isTrue();
        assertThat(sally.mustChangePassword()).isTrue();
        assertThat(model.selectedProperty().get()).isEqualTo(sally);
        assertThat(model.form().getMode()).isEqualTo(OperatorForm.Mode.CLOSED);
        assertThat(model.form().passwordProperty().get()).isEmpty();
        assertThat(model.notice().getKind()).isEqualTo(Notice.Kind.SUCCESS);
        assertThat(model.notice().getText()).contains("sally");
        assertThat(services.operators().list(admin)).extracting(OperatorView::username).contains("sally");
    }

    @Test
    void shortPasswordIsRefusedBesideTheFormAndCreatesNothing() {
        fillCreate("shorty", "short", "short", Role.SALES_REPRESENTATIVE);

        model.submitForm();

        assertThat(model.form().notice().getKind()).isEqualTo(Notice.Kind.ERROR);
        assertThat(model.form().notice().getText()).contains("at least 10 characters");
        assertThat(model.form().getMode()).isEqualTo(OperatorForm.Mode.CREATE);
        assertThat(usernames()).doesNotContain("shorty");
        assertThat(services.operators().list(admin)).extracting(OperatorView::username).doesNotContain("shorty");
        assertThat(dialogs.errors).as("invalid input is not an unexpected error").isEmpty();
    }

    @Test
    void operatorWithoutRoleIsRefusedAndNotCreated() {
        fillCreate("noroles", TEMP_PASSWORD, TEMP_PASSWORD);

        model.submitForm();

        assertThat(model.form().notice().getText()).isEqualTo("Choose at least one role.");
        assertThat(services.operators().list(admin)).extracting(OperatorView::username).doesNotContain("noroles");
    }

    @Test
    void takenUserNameIsRefusedAndNothingIsAdded() {
        fillCreate("ADMIN", TEMP_PASSWORD, TEMP_PASSWORD, Role.SALES_REPRESENTATIVE);

        model.submitForm();

        assertThat(model.form().notice().getText()).isEqualTo("The user name admin is taken.");
        assertThat(services.operators().list(admin)).hasSize(1);
        assertThat(row(TestWorkspaces.ADMIN).roles()).containsExactly(Role.ADMINISTRATOR);
    }

    @Test
    void passwordsThatDifferAreCaughtBeforeTheService() {
        fillCreate("typo", TEMP_PASSWORD, TEMP_PASSWORD + "x", Role.SALES_REPRESENTATIVE);

        model.submitForm();

        assertThat(model.form().notice().getText()).isEqualTo("The two passwords differ.");
        assertThat(services.operators().list(admin)).extracting(OperatorView::username).doesNotContain("typo");
    }

    @Test
    void changingRolesShowsTheNewRoles() {
        create("pat", Role.SALES_REPRESENTATIVE);
        selectRow("pat");

        model.startChangeRoles();
        OperatorForm form = model.form();
        assertThat(form.getMode()).isEqualTo(OperatorForm.Mode.ROLES);
        assertThat(form.roleProperty(Role.SALES_REPRESENTATIVE).get()).as("current roles are ticked").isTrue();
        form.roleProperty(Role.SALES_REPRESENTATIVE).set(false);
        form.roleProperty(Role.PARTNER_MANAGER).set(true);
        model.submitForm();

        assertThat(row("pat").roles()).containsExactly(Role.PARTNER_MANAGER);
        assertThat(model.notice().getText()).isEqualTo("Roles of pat are now: Partner manager.");
    }

    @Test
    void removingEveryRoleIsRefusedAndKeepsTheOldRoles() {
        create("pat", Role.SALES_REPRESENTATIVE);
        selectRow("pat");
        model.startChangeRoles();
        model.form().roleProperty(Role.SALES_REPRESENTATIVE).set(false);

        model.submitForm();

        assertThat(model.form().notice().getText()).isEqualTo("Choose at least one role.");
        assertThat(row("pat").roles()).containsExactly(Role.SALES_REPRESENTATIVE);
    }

    @Test
    void disablingMakesTheAccountInactiveAndEnablingRestoresIt() {
        create("dana", Role.SALES_REPRESENTATIVE);
        selectRow("dana");
        assertThat(model.canDisableSelectedProperty().get()).isTrue();

        model.disableSelected();

        assertThat(dialogs.confirmations).singleElement().asString().contains("dana");
        assertThat(row("dana").active()).isFalse();
        assertThat(model.selectedProperty().get().active()).isFalse();
        assertThat(model.canEnableSelectedProperty().get()).isTrue();

        model.enableSelected();

        assertThat(row("dana").active()).isTrue();
    }

    @Test
    void declinedConfirmationLeavesTheAccountActive() {
        create("dana", Role.SALES_REPRESENTATIVE);
        selectRow("dana");
        dialogs.confirmAnswer = false;

        model.disableSelected();

        assertThat(row("dana").active()).isTrue();
    }

    @Test
    void disablingYourselfIsRefusedWithTheServicesReason() {
        selectRow(TestWorkspaces.ADMIN);

        model.disableSelected();

        assertThat(model.notice().getKind()).isEqualTo(Notice.Kind.ERROR);
        assertThat(model.notice().getText()).isEqualTo("You cannot disable your own account.");
        assertThat(row(TestWorkspaces.ADMIN).active()).isTrue();
    }

    @Test
    void resettingAPasswordForcesAChangeAtNextSignIn() {
        create("rory", Role.SALES_REPRESENTATIVE);
        services.auth().changePassword(principalOf("rory"), TEMP_PASSWORD.toCharArray(), "rorys-own-pass".toCharArray());
        model.refreshOperators();
        assertThat(row("rory").mustChangePassword()).isFalse();
        selectRow("rory");

        model.startResetPassword();
        model.form().passwordProperty().set("another-temp-2");
        model.form().passwordRepeatProperty().set("another-temp-2");
        model.submitForm();

        assertThat(row("rory").mustChangePassword()).isTrue();
        assertThat(model.notice().getText()).contains("rory").contains("next sign-in");
        assertThat(services.auth().login("rory", "another-temp-2".toCharArray()).mustChangePassword()).isTrue();
    }

    @Test
    void commandsWithoutASelectionSayWhatIsMissing() {
        model.select(null);

        model.startResetPassword();

        assertThat(model.form().getMode()).isEqualTo(OperatorForm.Mode.CLOSED);
        assertThat(model.notice().getText()).isEqualTo("Select an operator in the table first.");
    }

    private Principal principalOf(String username) {
        OperatorView op = row(username);
        return new Principal(op.id(), op.username(), op.displayName(), op.roles());
    }

    // ---------------------------------------------------------------- Refusal

    @Test
    void operatorWithoutOperatorManageIsRefusedByTheServiceAndSeesWhy() {
        Principal sales = TestWorkspaces.principal(99, "sales", Role.SALES_REPRESENTATIVE);
        // the service itself refuses, whatever the screen does
        assertThatThrownBy(() -> services.operators().list(sales)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> services.operators().create(sales, "sneaky", "Sneaky", Set.of(Role.ADMINISTRATOR),
                TEMP_PASSWORD.toCharArray())).isInstanceOf(AccessDeniedException.class);

        AdministrationViewModel refused = modelFor(sales);
        assertThat(refused.mayManageOperators()).isFalse();
        refused.refreshOperators();
        assertThat(refused.operators()).isEmpty();
        assertThat(refused.notice().getKind()).isEqualTo(Notice.Kind.ERROR);
        assertThat(refused.notice().getText()).isEqualTo("Your roles do not allow you to list operator accounts.");

        refused.startCreate();
        refused.form().usernameProperty().set("sneaky");
        refused.form().displayNameProperty().set("Sneaky");
        refused.form().roleProperty(Role.ADMINISTRATOR).set(true);
        refused.form().passwordProperty().set(TEMP_PASSWORD);
        refused.form().passwordRepeatProperty().set(TEMP_PASSWORD);
        refused.submitForm();
        assertThat(refused.form().notice().getText()).isEqualTo("Your roles do not allow you to create operator accounts.");
        assertThat(services.operators().list(admin)).extracting(OperatorView::username).doesNotContain("sneaky");

        refused.events().refresh();
        assertThat(refused.events().notice().getText()).isEqualTo("Your roles do not allow you to read the security log.");
        assertThat(refused.events().allEvents()).isEmpty();
    }

    @Test
    void openingTheScreenWithoutRightsAsksNothingOfTheServices() {
        AdministrationViewModel reviewer = modelFor(TestWorkspaces.principal(98, "reviewer", Role.OFFLINE_REVIEWER));

        reviewer.refresh();

        assertThat(services.securityEvents().newest(admin, 1000)).extracting(SecurityEventView::kind)
                .doesNotContain(SecurityEventKind.REFUSED);
    }

    // ---------------------------------------------------------------- Security events

    @Test
    void creatingAnOperatorShowsUpInTheSecurityEvents() {
        create("evan", Role.PARTNER_MANAGER);

        SecurityEventsViewModel events = model.events();
        assertThat(events.allEvents()).anySatisfy(event -> {
            assertThat(event.kind()).isEqualTo(SecurityEventKind.OPERATOR_CREATED);
            assertThat(event.operator()).isEqualTo(TestWorkspaces.ADMIN);
            assertThat(event.detail()).contains("evan");
        });
        assertThat(events.allEvents().get(0).kind()).as("newest first").isEqualTo(SecurityEventKind.OPERATOR_CREATED);
        assertThat(events.time(events.allEvents().get(0))).isEqualTo("2025-03-01 10:15:30");
    }

    @Test
    void everyKindOfSecurityEventReadsAsWordsAndTheFilterFindsThem() {
        for (SecurityEventKind kind : SecurityEventKind.values()) {
            assertThat(model.text().event(kind)).as(kind.name()).isNotBlank().doesNotContain("_");
        }
        create("evan", Role.PARTNER_MANAGER);
        SecurityEventsViewModel events = model.events();

        assertThat(events.kind(events.allEvents().get(0))).isEqualTo("Operator created");
        events.filterProperty().set("operator created evan");
        assertThat(events.shownEvents()).singleElement()
                .satisfies(e -> assertThat(e.kind()).isEqualTo(SecurityEventKind.OPERATOR_CREATED));
        events.filterProperty().set("signed in");
        assertThat(events.shownEvents()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.kind()).isEqualTo(SecurityEventKind.LOGIN));
    }

    @Test
    void filterNarrowsEventsByKindOperatorOrDetail() {
        create("evan", Role.PARTNER_MANAGER);
        SecurityEventsViewModel events = model.events();
        int all = events.allEvents().size();

        events.filterProperty().set("operator_created");
        assertThat(events.shownEvents()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.kind()).isEqualTo(SecurityEventKind.OPERATOR_CREATED));

        events.filterProperty().set("EVAN created");
        assertThat(events.shownEvents()).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("evan"));

        events.filterProperty().set("login admin");
        assertThat(events.shownEvents()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.kind()).isEqualTo(SecurityEventKind.LOGIN));

        events.filterProperty().set("no such thing");
        assertThat(events.shownEvents()).isEmpty();
        assertThat(events.summaryProperty().get()).isEqualTo("0 of " + all + " events");

        events.filterProperty().set(" ");
        assertThat(events.shownEvents()).hasSize(all);
    }

    @Test
    void disposeDropsEverythingTheScreenHolds() {
        create("evan", Role.PARTNER_MANAGER);
        model.startCreate();
        model.form().passwordProperty().set("half-typed-secret");

        model.dispose();

        assertThat(model.operators()).isEmpty();
        assertThat(model.events().allEvents()).isEmpty();
        assertThat(model.selectedProperty().get()).isNull();
        assertThat(model.form().passwordProperty().get()).isEmpty();

        model.refreshOperators();
        assertThat(model.operators()).as("a late result after dispose is not kept").isEmpty();
    }
}
