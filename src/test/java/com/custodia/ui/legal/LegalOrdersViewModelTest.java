package com.custodia.ui.legal;

import com.custodia.ui.common.Notice;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.LegalOrderStatus;
import com.custodia.policy.DisclosureRules.OrderKind;
import com.custodia.service.auth.Principal;
import com.custodia.service.disclosure.DisclosureGate;
import com.custodia.service.legal.LegalOrderDetail;
import com.custodia.service.legal.LegalOrderFixture;
import com.custodia.service.legal.LegalOrderService;
import com.custodia.support.TestWorkspaces;
import com.custodia.ui.common.SyncTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The legal-orders view model on a real encrypted workspace, without a window: every command
 * goes through the real service, with a synchronous executor standing in for the worker thread.
 */
class LegalOrdersViewModelTest {

    @TempDir Path dir;
    LegalOrderFixture f;
    LegalOrderService service;
    FakeDialogs dialogs;

    @BeforeEach
    void workspace() {
        f = new LegalOrderFixture(dir, clock -> TestWorkspaces.embedded(dir.resolve("ws"), clock));
        service = f.services.legalOrders();
        dialogs = new FakeDialogs();
    }

    @AfterEach
    void close() {
        f.services.close();
    }

    private LegalOrdersViewModel modelFor(Principal principal) {
        LegalOrdersViewModel model = new LegalOrdersViewModel(service, principal, new SyncTaskExecutor(), dialogs,
                f.clock, ResourceBundle.getBundle("i18n.legal", Locale.ENGLISH));
        model.refresh();
        return model;
    }

    private LegalOrdersViewModel selecting(Principal principal, long orderId) {
        LegalOrdersViewModel model = modelFor(principal);
        model.select(model.orders().stream().filter(o -> o.id() == orderId).findFirst().orElseThrow());
        return model;
    }

    private void fillForm(LegalOrdersViewModel model, String persons) {
        model.startIntake();
        IntakeForm form = model.form();
        form.kindProperty().set(OrderKind.JUDICIAL_ORDER);
        form.authorityNameProperty().set("High Court");
        form.authorityAddressProperty().set("Strand, London");
        form.referenceProperty().set("HC-2026-17");
        form.personsProperty().set(persons);
        form.categories().get("identity").set(true);
        form.categories().get("contact").set(true);
        form.deadlineProperty().set(LocalDate.parse("2026-02-10"));
        form.quietUntilProperty().set(LocalDate.parse("2026-07-31"));
        dialogs.files.add(f.copyFile());
        model.chooseCopy();
    }

    // ---------------------------------------------------------------- List and intake

    @Test
    void theListShowsEachOrderWithTheDaysLeft() {
        f.enter(f.subpoena());

        LegalOrdersViewModel model = modelFor(f.olivia);

        assertThat(model.orders()).singleElement().satisfies(o -> {
            assertThat(model.kindText(o)).isEqualTo("Subpoena");
            assertThat(o.authorityName()).isEqualTo("District Court of Springfield");
            assertThat(model.statusText(o)).isEqualTo("Awaiting decision");
            assertThat(model.deadlineText(o)).isEqualTo("2026-02-27 (27 days left)");
            assertThat(o.enteredBy()).isEqualTo("olivia");
        });
        assertThat(model.notice().getText()).isEmpty();
    }

    @Test
    void anOrderEnteredThroughTheFormIsListedSelectedAndDetailed() {
        LegalOrdersViewModel model = modelFor(f.olivia);
        fillForm(model, f.ada + ", " + f.bob);
        assertThat(model.form().copyProperty().get().getFileName().toString()).isEqualTo("subpoena-4711.txt");

        model.submitIntake();

        assertThat(model.form().notice().getText()).isEmpty();
        assertThat(model.form().isOpen()).isFalse();
        LegalOrderDetail stored = service.detail(f.olivia, model.orders().get(0).id());
        assertThat(model.notice().getKind()).isEqualTo(Notice.Kind.SUCCESS);
        assertThat(model.notice().getText()).isEqualTo("Order " + stored.id() + " (HC-2026-17) entered. Another "
                + "privacy officer must approve it before anything is handed over.");
        assertThat(model.selectedProperty().get().id()).isEqualTo(stored.id());
        assertThat(stored.personIds()).containsExactly(f.ada, f.bob);
        assertThat(stored.nonNotificationUntil()).as("through the end of the chosen day")
                .isEqualTo(java.time.Instant.parse("2026-08-01T00:00:00Z"));

        OrderDetailText d = model.detailText();
        assertThat(d.shownProperty().get()).isTrue();
        assertThat(d.kindProperty().get()).isEqualTo("Judicial order");
        assertThat(d.personsProperty().get()).isEqualTo("2 persons: " + f.ada + ", " + f.bob);
        assertThat(d.categoriesProperty().get())
                .isEqualTo("identity (external_id, kind, first_name, last_name)\ncontact (email, phone)");
        assertThat(d.copyNameProperty().get()).isEqualTo("subpoena-4711.txt");
        assertThat(d.copySizeProperty().get()).isEqualTo(LegalOrderFixture.COPY_TEXT.length() + " bytes");
        assertThat(d.copySha256Property().get()).isEqualTo(stored.copySha256());
        assertThat(d.deadlineProperty().get()).isEqualTo("2026-02-10 (10 days left)");
        assertThat(d.quietUntilProperty().get()).startsWith("Until 2026-08-01T00:00:00Z");
        assertThat(d.enteredProperty().get()).isEqualTo("olivia at 2026-01-31T09:00:00Z");
        assertThat(d.decisionProperty().get()).isEqualTo("Awaiting a privacy officer who did not enter the order.");
    }

    @Test
    void personIdsThatAreNoNumbersAreNamedAndNothingIsEntered() {
        LegalOrdersViewModel model = modelFor(f.olivia);
        fillForm(model, f.ada + ", Ada Lovelace");

        model.submitIntake();

        assertThat(model.form().notice().getText()).isEqualTo("Persons in scope: \"Ada\" is not a person id.");
        assertThat(model.form().isOpen()).isTrue();
        assertThat(service.list(f.olivia)).isEmpty();
    }

    @Test
    void theServicesReasonsAppearBesideTheFormWhichStaysOpen() {
        LegalOrdersViewModel model = modelFor(f.olivia);
        model.startIntake();

        model.submitIntake();

        assertThat(model.form().notice().getKind()).isEqualTo(Notice.Kind.ERROR);
        assertThat(model.form().notice().getText()).contains("Authority name is required.", "Deadline is required.",
                "Copy of the order is required");
        assertThat(model.form().isOpen()).isTrue();
        assertThat(dialogs.errors).as("invalid input is no unexpected error").isEmpty();
    }

    // ---------------------------------------------------------------- Decision

    @Test
    void theOfficerWhoEnteredAnOrderSeesWhyTheyCannotDecide() {
        long id = f.enter(f.subpoena()).id();
        LegalOrdersViewModel model = selecting(f.olivia, id);

        assertThat(model.canDecideProperty().get()).isFalse();
        assertThat(model.decisionHintProperty().get())
                .isEqualTo("You entered this order, so another privacy officer must approve or reject it.");

        model.approve();

        assertThat(model.notice().getText()).isEqualTo(model.decisionHintProperty().get());
        assertThat(dialogs.confirmations).isEmpty();
        assertThat(service.detail(f.olivia, id).status()).isEqualTo(LegalOrderStatus.RECEIVED);
    }

    @Test
    void anotherOfficerApprovesAfterConfirmingAndMayThenHandOver() {
        long id = f.enter(f.subpoena()).id();
        LegalOrdersViewModel model = selecting(f.oscar, id);
        assertThat(model.canDecideProperty().get()).isTrue();
        assertThat(model.decisionHintProperty().get()).isEmpty();
        assertThat(model.canHandOverProperty().get()).isFalse();
        assertThat(model.handOverHintProperty().get())
                .isEqualTo("Only an order a privacy officer approved can be handed over.");
        model.decisionReasonProperty().set("Counsel agrees.");

        model.approve();

        assertThat(dialogs.confirmations).singleElement().asString()
                .isEqualTo("Approve order " + id + " (SUB-4711)? The data of 2 persons in the categories "
                        + "contact, address may then be handed over.");
        assertThat(model.notice().getText()).isEqualTo("Order " + id + " (SUB-4711) approved.");
        assertThat(model.detailProperty().get().status()).isEqualTo(LegalOrderStatus.APPROVED);
        assertThat(model.detailText().decisionProperty().get())
                .isEqualTo("Approved by oscar at 2026-01-31T09:00:00Z: Counsel agrees.");
        assertThat(model.decisionReasonProperty().get()).isEmpty();
        assertThat(model.canDecideProperty().get()).isFalse();
        assertThat(model.decisionHintProperty().get()).isEqualTo("This order is already decided: Approved.");
        assertThat(model.canHandOverProperty().get()).isTrue();
    }

    @Test
    void aDeclinedConfirmationDecidesNothing() {
        long id = f.enter(f.subpoena()).id();
        LegalOrdersViewModel model = selecting(f.oscar, id);
        dialogs.confirmAnswer = false;

        model.approve();

        assertThat(service.detail(f.oscar, id).status()).isEqualTo(LegalOrderStatus.RECEIVED);
    }

    @Test
    void aRejectionAsksForItsReasonFirst() {
        long id = f.enter(f.subpoena()).id();
        LegalOrdersViewModel model = selecting(f.oscar, id);

        model.reject();

        assertThat(model.notice().getText()).isEqualTo("Reason for the rejection is required.");
        assertThat(dialogs.confirmations).isEmpty();

        model.decisionReasonProperty().set("Not our customers.");
        model.reject();

        assertThat(service.detail(f.oscar, id).status()).isEqualTo(LegalOrderStatus.REJECTED);
        assertThat(model.detailText().decisionProperty().get())
                .isEqualTo("Rejected by oscar at 2026-01-31T09:00:00Z: Not our customers.");
        assertThat(model.deadlineText(model.orders().get(0))).as("no countdown on a closed order").isEqualTo("2026-02-27");
        assertThat(model.canHandOverProperty().get()).isFalse();
    }

    // ---------------------------------------------------------------- Hand-over

    @Test
    void aHandOverShowsItsLedgerEntryAndTheSha256OfTheFile() throws Exception {
        long id = f.approved().id();
        LegalOrdersViewModel model = selecting(f.olivia, id);
        Path target = dir.resolve("to-court.json");
        dialogs.files.add(target);

        model.handOver();

        String sha = DisclosureGate.sha256(Files.readAllBytes(target));
        assertThat(model.notice().getKind()).isEqualTo(Notice.Kind.SUCCESS);
        assertThat(model.notice().getText()).isEqualTo("Handed over to District Court of Springfield in to-court.json: "
                + "ledger entry 0, SHA-256 " + sha + ".");
        assertThat(model.detailProperty().get().status()).isEqualTo(LegalOrderStatus.DISCLOSED);
        assertThat(model.detailText().handoversProperty().get())
                .isEqualTo("Once; newest: ledger entry 0 at 2026-01-31T09:00:00Z.");
        assertThat(model.canHandOverProperty().get()).as("it may be handed over again").isTrue();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void anExistingFileIsReplacedOnlyWhenTheOperatorSaysSo() throws Exception {
        long id = f.approved().id();
        LegalOrdersViewModel model = selecting(f.olivia, id);
        Path target = Files.writeString(dir.resolve("old.json"), "{}");
        dialogs.files.add(target);
        dialogs.confirmAnswer = false;

        model.handOver();

        assertThat(dialogs.confirmations).singleElement().asString().contains("old.json exists");
        assertThat(Files.readString(target)).isEqualTo("{}");
        assertThat(f.services.ledger().store().head().size()).isZero();
    }

    @Test
    void aClosedFileChooserHandsNothingOver() {
        long id = f.approved().id();
        LegalOrdersViewModel model = selecting(f.olivia, id);

        model.handOver();

        assertThat(dialogs.fileChooserTitles).containsExactly("Save the hand-over as");
        assertThat(f.services.ledger().store().head().size()).isZero();
        assertThat(model.notice().getText()).isEmpty();
    }

    // ---------------------------------------------------------------- Roles and disposal

    @Test
    void theScreenIsOfferedToPrivacyOfficersOnlyAndTheServiceRefusesOthers() {
        LegalOrdersScreen screen = new LegalOrdersScreen();
        assertThat(screen.id()).isEqualTo("legal-orders");
        assertThat(screen.visibleTo(f.olivia)).isTrue();
        assertThat(screen.visibleTo(f.sales)).isFalse();
        assertThat(screen.visibleTo(f.partners)).isFalse();

        LegalOrdersViewModel model = modelFor(f.sales);

        assertThat(model.mayEnter()).isFalse();
        assertThat(model.orders()).isEmpty();
        assertThat(model.notice().getText()).isEqualTo("Your roles do not allow you to list legal orders.");
    }

    @Test
    void disposeDropsEverythingTheScreenHolds() {
        long id = f.enter(f.subpoena()).id();
        LegalOrdersViewModel model = selecting(f.oscar, id);
        model.decisionReasonProperty().set("half-typed");
        model.startIntake();
        model.form().personsProperty().set("1, 2");

        model.dispose();

        assertThat(model.orders()).isEmpty();
        assertThat(model.selectedProperty().get()).isNull();
        assertThat(model.detailProperty().get()).isNull();
        assertThat(model.detailText().personsProperty().get()).isEmpty();
        assertThat(model.decisionReasonProperty().get()).isEmpty();
        assertThat(model.form().personsProperty().get()).isEmpty();
        model.refresh();
        assertThat(model.orders()).as("a late result after dispose is not kept").isEmpty();
    }
}
