package com.custodia.ui.ledger;

import com.custodia.ui.common.Notice;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.LegalBasis;
import com.custodia.domain.Role;
import com.custodia.service.auth.Principal;
import com.custodia.service.disclosure.DisclosureGate;
import com.custodia.service.ledger.LedgerEntryView;
import com.custodia.service.people.PersonExportService;
import com.custodia.support.TestWorkspaces;
import com.custodia.ui.common.SyncTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ledger view model on a real encrypted workspace, without a window: the real services, a
 * synchronous executor standing in for the worker thread, and a fake for dialogs and choosers.
 */
class LedgerViewModelTest {

    @TempDir Path dir;

    private LedgerFixture fx;
    private FakeDialogs dialogs;
    private LedgerViewModel model;

    @BeforeEach
    void open() {
        fx = new LedgerFixture(dir).threeEntries();
        dialogs = new FakeDialogs();
        model = modelFor(fx.officer);
        model.refresh();
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private LedgerViewModel modelFor(Principal principal) {
        return new LedgerViewModel(fx.services.ledgerReader(), fx.services.accounting(), fx.services.personExport(),
                principal, new SyncTaskExecutor(), dialogs, fx.clock, ResourceBundle.getBundle("i18n.ledger", Locale.ENGLISH));
    }

    private static java.util.List<Long> seqs(LedgerViewModel m) {
        return m.entries().stream().map(LedgerEntryView::seq).toList();
    }

    @Test
    void opensOnTheNewestEntriesAndFiltersByRecipientAndPerson() {
        assertThat(seqs(model)).containsExactly(2L, 1L, 0L);
        assertThat(model.summaryProperty().get()).isEqualTo("1\u20133 of 3 entries");

        model.recipientFilterProperty().set("ACME");
        model.applyFilter();
        assertThat(seqs(model)).containsExactly(2L, 0L);

        model.recipientFilterProperty().set("");
        model.personFilterProperty().set(Long.toString(fx.bob));
        model.applyFilter();
        assertThat(seqs(model)).containsExactly(2L, 1L);

        model.basisFilterProperty().set(LegalBasis.LEGAL_ORDER);
        model.applyFilter();
        assertThat(model.entries()).isEmpty();
        assertThat(model.summaryProperty().get()).isEqualTo("No entries match");

        model.clearFilter();
        assertThat(seqs(model)).containsExactly(2L, 1L, 0L);
    }

    @Test
    void aPersonIdThatIsNotANumberIsExplainedAndTheTableStays() {
        model.personFilterProperty().set("ada");
        model.applyFilter();
        assertThat(model.notice().getKind()).isEqualTo(Notice.Kind.ERROR);
        assertThat(model.notice().getText()).isEqualTo("The person id is a number, such as 1042; \"ada\" is not.");
        assertThat(seqs(model)).containsExactly(2L, 1L, 0L);
    }

    @Test
    void heldBackEntriesAreCountedForTheFilteredPerson() {
        fx.append("District Court", LegalBasis.LEGAL_ORDER, fx.clock.instant().plus(Duration.ofDays(90)), fx.ada);
        model.personFilterProperty().set(Long.toString(fx.ada));
        model.applyFilter();
        assertThat(model.summaryProperty().get()).isEqualTo("1\u20133 of 3 entries \u00b7 1 entry about person "
                + fx.ada + " held back from their accounting until a non-notification period ends");
        model.select(model.entries().get(0));
        assertThat(model.detail().value("detail.nonNotification")).endsWith("(held back from accountings until then)");
    }

    @Test
    void pagesGoOlderAndBackNewer() {
        for (int i = 0; i < 150; i++) {
            fx.append("Recipient " + i, LegalBasis.CONSENT, null, fx.ada);
        }
        model.refresh();
        assertThat(model.entries()).hasSize(LedgerViewModel.PAGE_SIZE);
        assertThat(model.hasNewerProperty().get()).isFalse();
        assertThat(model.hasOlderProperty().get()).isTrue();

        model.olderPage();
        assertThat(seqs(model)).hasSize(53).startsWith(52L).endsWith(0L);
        assertThat(model.summaryProperty().get()).isEqualTo("101\u2013153 of 153 entries");
        assertThat(model.hasOlderProperty().get()).isFalse();

        model.newerPage();
        assertThat(seqs(model).get(0)).isEqualTo(152L);
        assertThat(model.hasNewerProperty().get()).isFalse();
    }

    @Test
    void theDetailShowsEveryFieldThePersonsAndTheHashes() {
        LedgerEntryView newest = model.entries().get(0);
        model.select(newest);
        EntryDetailModel detail = model.detail();
        assertThat(detail.titleProperty().get()).isEqualTo("Entry #2");
        assertThat(detail.value("detail.persons")).isEqualTo(fx.ada + ", " + fx.bob);
        assertThat(detail.value("detail.recipient")).isEqualTo("Third party: Acme Research");
        assertThat(detail.value("detail.basis")).isEqualTo("Consent");
        assertThat(detail.value("detail.payload")).isEqualTo("ab".repeat(32));
        var stored = fx.services.ledger().store().entries(2, 1).get(0);
        assertThat(detail.value("detail.leaf")).isEqualTo(HexFormat.of().formatHex(stored.leafHash()));
        assertThat(detail.value("detail.chain")).isEqualTo(HexFormat.of().formatHex(stored.chainHash()));
        // a table that loses its selection on reload keeps the detail
        model.select(null);
        assertThat(detail.shownProperty().get()).isEqualTo(newest);
    }

    @Test
    void verifyingAnIntactLedgerSaysOk() {
        VerifyViewModel verify = model.verification();
        verify.verify();
        assertThat(verify.result().getKind()).isEqualTo(Notice.Kind.SUCCESS);
        assertThat(verify.result().getText()).startsWith("OK 3 entries, head ").hasSize("OK 3 entries, head ".length() + 64);
        assertThat(verify.runningProperty().get()).isFalse();
    }

    @Test
    void verifyingAnEditedLedgerSaysTamperedWithTheEntryAndKind() {
        fx.services.database().fromConnection(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("DROP TRIGGER IF EXISTS ledger_record_append_only");
                st.execute("UPDATE ledger_record SET channel = 'somewhere else' WHERE seq = 1");
            }
            return null;
        });
        VerifyViewModel verify = model.verification();
        verify.verify();
        assertThat(verify.result().getKind()).isEqualTo(Notice.Kind.ERROR);
        assertThat(verify.result().getText()).isEqualTo("TAMPERED at 1: modified");
        assertThat(verify.detailProperty().get()).isNotBlank();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void anExportWithoutConsentShowsTheRulesReasonAndWritesNothing() {
        Path out = dir.resolve("persons.csv");
        fillExport(out);
        model.export().export();

        Notice notice = model.export().notice();
        assertThat(notice.getKind()).isEqualTo(Notice.Kind.ERROR);
        assertThat(notice.getText()).startsWith("No active consent covers recipient 'Acme Research'")
                .contains("person " + fx.ada);
        assertThat(out).doesNotExist();
        assertThat(dialogs.errors).as("a refusal is no surprise: no dialog").isEmpty();
        assertThat(model.export().runningProperty().get()).isFalse();
    }

    @Test
    void anExportWithConsentShowsItsEntryAndHashAndTheTableHasIt() throws Exception {
        fx.services.consents().record(fx.officer, fx.ada, "studies", Set.of("Acme Research"),
                Set.copyOf(PersonExportService.CATEGORIES), "signed form");
        Path out = dir.resolve("persons");
        fillExport(out);
        model.export().export();

        Path written = dir.resolve("persons.csv");
        String sha = DisclosureGate.sha256(Files.readAllBytes(written));
        assertThat(model.export().notice().getKind()).isEqualTo(Notice.Kind.SUCCESS);
        assertThat(model.export().notice().getText()).isEqualTo("Exported to " + written + " as ledger entry #3. SHA-256 "
                + sha + ".");
        assertThat(seqs(model).get(0)).isEqualTo(3L);
        assertThat(model.detail().titleProperty().get()).isEqualTo("Entry #3");
        assertThat(model.detail().value("detail.payload")).isEqualTo(sha);
    }

    @Test
    void anAccountingForTheSelectedEntrysPersonIsDeliveredAndItsEntryShown() throws Exception {
        fx.append("District Court", LegalBasis.LEGAL_ORDER, fx.clock.instant().plus(Duration.ofDays(90)), fx.ada);
        model.select(model.entries().stream().filter(e -> e.seq() == 0).findFirst().orElseThrow());
        model.openAccounting();
        AccountingForm form = model.accounting();
        assertThat(model.panelProperty().get()).isEqualTo(LedgerViewModel.Panel.ACCOUNTING);
        assertThat(form.personIdProperty().get()).isEqualTo(Long.toString(fx.ada));

        dialogs.chosenFile = dir.resolve("ada-accounting");
        form.chooseTarget();
        assertThat(form.targetProperty().get()).endsWith("ada-accounting.pdf");
        form.formatProperty().set(com.custodia.service.ledger.AccountingFormat.JSON);
        assertThat(form.targetProperty().get()).endsWith("ada-accounting.json");
        form.deliver();

        Path written = dir.resolve("ada-accounting.json");
        assertThat(form.notice().getKind()).as(form.notice().getText()).isEqualTo(Notice.Kind.SUCCESS);
        assertThat(form.notice().getText()).contains("Recorded as ledger entry #4",
                DisclosureGate.sha256(Files.readAllBytes(written)),
                "1 entry about this person is held back from it until a non-notification period ends.");
        assertThat(Files.readString(written)).contains("Acme Research").doesNotContain("District Court");
        assertThat(seqs(model).get(0)).isEqualTo(4L);
    }

    @Test
    void anAccountingForThePersonThemselvesIsRefusedWithTheReasonAndWhy() {
        model.openAccounting();
        AccountingForm form = model.accounting();
        form.personIdProperty().set(Long.toString(fx.ada));
        form.basisProperty().set(LegalBasis.SUBJECT_REQUEST);
        assertThat(form.subjectRequestProperty().get()).isTrue();
        assertThat(form.recipientProperty().get()).as("the privacy office is not the person").isEmpty();
        form.recipientProperty().set("Ada Lovelace");
        form.targetProperty().set(dir.resolve("to-ada.pdf").toString());
        form.deliver();

        assertThat(form.notice().getKind()).isEqualTo(Notice.Kind.ERROR);
        assertThat(form.notice().getText()).startsWith("No access or correction request is referenced.")
                .contains("cannot record access requests yet");
        assertThat(dir.resolve("to-ada.pdf")).doesNotExist();
    }

    @Test
    void anAdministratorVerifiesButIsNotShownEntries() {
        Principal admin = TestWorkspaces.principal(51, "admin2", Role.ADMINISTRATOR);
        LedgerViewModel adminModel = modelFor(admin);
        adminModel.refresh();
        assertThat(adminModel.mayRead()).isFalse();
        assertThat(adminModel.mayVerify()).isTrue();
        assertThat(adminModel.entries()).isEmpty();
        assertThat(adminModel.notice().getText()).as("nothing was asked for, so nothing was refused").isEmpty();
        adminModel.verification().verify();
        assertThat(adminModel.verification().result().getText()).startsWith("OK 3 entries");
    }

    @Test
    void theScreenIsOfferedToThoseWhoReadOrVerifyTheLedgerOnly() {
        LedgerScreen screen = new LedgerScreen();
        assertThat(screen.visibleTo(fx.officer)).isTrue();
        assertThat(screen.visibleTo(TestWorkspaces.principal(51, "a", Role.ADMINISTRATOR))).isTrue();
        assertThat(screen.visibleTo(TestWorkspaces.principal(52, "s", Role.SALES_REPRESENTATIVE))).isTrue();
        assertThat(screen.visibleTo(TestWorkspaces.principal(53, "p", Role.PARTNER_MANAGER))).isFalse();
    }

    @Test
    void aSalesRepresentativeSeesTheEntriesAboutTheirOwnCustomersAndOnlyThoseOfTheirPersons() {
        Principal sam = fx.adasOwner();
        fx.append("District Court", LegalBasis.LEGAL_ORDER, fx.clock.instant().plus(Duration.ofDays(90)), fx.ada);
        LedgerViewModel sales = modelFor(sam);
        sales.refresh();

        assertThat(sales.mayRead()).isTrue();
        assertThat(sales.readsOwnOnly()).isTrue();
        assertThat(sales.mayDeliverAccounting()).isFalse();
        assertThat(seqs(sales)).containsExactly(2L, 0L);
        assertThat(sales.summaryProperty().get()).isEqualTo("1\u20132 of 2 entries");

        sales.select(sales.entries().get(0));
        assertThat(sales.detail().value("detail.persons")).isEqualTo(fx.ada + " \u2026 and 1 more");

        sales.personFilterProperty().set(Long.toString(fx.ada));
        sales.applyFilter();
        assertThat(seqs(sales)).containsExactly(2L, 0L);
        assertThat(sales.summaryProperty().get()).as("nothing hints at the entry held back")
                .isEqualTo("1\u20132 of 2 entries");

        sales.personFilterProperty().set(Long.toString(fx.bob));
        sales.applyFilter();
        assertThat(sales.notice().getKind()).isEqualTo(Notice.Kind.ERROR);
        assertThat(sales.notice().getText()).startsWith("Your roles do not allow you to read the disclosure ledger "
                + "about person " + fx.bob);
        assertThat(dialogs.errors).as("a refusal is the operator's to read, not an unexpected error").isEmpty();
        assertThat(modelFor(fx.officer).readsOwnOnly()).isFalse();
    }

    private void fillExport(Path target) {
        model.openExport();
        ExportForm form = model.export();
        form.recipientProperty().set("Acme Research");
        form.basisProperty().set(LegalBasis.CONSENT);
        form.purposeProperty().set("satisfaction study");
        form.personIdsProperty().set(" " + fx.ada + ", ");
        form.targetProperty().set(target.toString());
    }
}
