package com.custodia.ui.consent;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.ConsentStatus;
import com.custodia.service.auth.Principal;
import com.custodia.service.consent.ConsentService.ConsentView;
import com.custodia.service.consent.ReceiptFormat;
import com.custodia.ui.common.Notice;
import com.custodia.ui.common.SyncTaskExecutor;
import com.custodia.ui.support.RecordingDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Consents across everyone, over a real workspace, without a window. */
class ConsentsViewModelTest {

    @TempDir Path dir;
    ConsentScreenFixture f;
    RecordingDialogs dialogs = new RecordingDialogs();

    @BeforeEach
    void workspace() {
        f = new ConsentScreenFixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private ConsentsViewModel model(Principal actor) {
        ConsentsViewModel model = new ConsentsViewModel(f.services.consents(), f.services.consentReceipts(),
                f.services.policyVersions(), actor, new SyncTaskExecutor(), dialogs, f.text());
        model.refresh();
        return model;
    }

    private ConsentView row(ConsentsViewModel model, long id) {
        return model.rows().stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    @Test
    void theFiltersNarrowByPurposeStatusVersionAndReconfirmation() {
        f.services.consents().withdraw(f.officer, f.bobConsent, "email");
        f.services.policyVersions().publish(f.officer, "2026-03", LocalDate.parse("2026-03-01"),
                LocalDate.parse("2026-03-01"), null, "We collect what you give us.\nWe never sell or rent it.\n");
        ConsentsViewModel model = model(f.officer);
        assertThat(model.rows()).extracting(ConsentView::id).containsExactlyInAnyOrder(f.adaConsent, f.bobConsent);
        assertThat(model.versions()).hasSize(2);
        assertThat(model.summaryProperty().get()).isEqualTo("2 consents");

        model.statusProperty().set(ConsentStatus.WITHDRAWN);
        model.search();
        assertThat(model.rows()).extracting(ConsentView::id).containsExactly(f.bobConsent);

        model.clearFilters();
        model.needsReconfirmationProperty().set(true);
        model.search();
        assertThat(model.rows()).as("the granted consent under the older version").extracting(ConsentView::id)
                .containsExactly(f.adaConsent);

        model.clearFilters();
        model.purposeProperty().set("NEWSLETTER");
        model.search();
        assertThat(model.rows()).extracting(ConsentView::id).containsExactly(f.bobConsent);

        model.clearFilters();
        model.versionProperty().set(model.versions().stream().filter(v -> v.label().equals("2026-03")).findFirst()
                .orElseThrow());
        model.search();
        assertThat(model.rows()).as("nobody consented under the new version yet").isEmpty();
        assertThat(model.summaryProperty().get()).isEqualTo("No consent");
    }

    @Test
    void theSelectedConsentShowsItsReceipt() {
        ConsentsViewModel model = model(f.officer);
        model.selectedProperty().set(row(model, f.adaConsent));
        assertThat(model.detailProperty().get())
                .contains("Person: Ada Lovelace (" + f.ada + ")")
                .contains("Purpose: satisfaction studies")
                .contains("Recipients: Survey Partners Ltd")
                .contains("Policy version: 2026-01 (SHA-256 ")
                .contains("Collected by way of: signed paper form")
                .contains("Collected by: olivia")
                .contains("Status: Granted");
    }

    @Test
    void withdrawingSaysHowAndTakesEffectAtOnce() {
        ConsentsViewModel model = model(f.officer);
        model.selectedProperty().set(row(model, f.adaConsent));
        model.actions().howProperty().set("telephone");
        model.withdrawSelected();

        assertThat(model.notice().getKind()).isEqualTo(Notice.Kind.SUCCESS);
        assertThat(model.notice().getText()).contains("withdrawn (telephone)");
        assertThat(row(model, f.adaConsent).status()).isEqualTo("WITHDRAWN");
        assertThat(model.selectedProperty().get().withdrawalMethod()).isEqualTo("telephone");
        assertThat(model.detailProperty().get()).contains("Withdrawn: ").contains("by telephone, recorded by olivia");
        assertThat(f.services.consents().detail(f.officer, f.adaConsent).status()).isEqualTo("WITHDRAWN");
    }

    @Test
    void withdrawingNeedsToKnowHow() {
        ConsentsViewModel model = model(f.officer);
        model.selectedProperty().set(row(model, f.adaConsent));
        model.actions().howProperty().set("  ");
        model.withdrawSelected();
        assertThat(model.notice().getKind()).isEqualTo(Notice.Kind.ERROR);
        assertThat(f.services.consents().detail(f.officer, f.adaConsent).status()).isEqualTo("GRANTED");
    }

    @Test
    void exportingAReceiptIsALedgerEntryAndTheNoticeNamesIt() throws Exception {
        ConsentsViewModel model = model(f.officer);
        model.selectedProperty().set(row(model, f.adaConsent));
        long before = f.ledgerSize();
        dialogs.nextFile = dir.resolve("out").resolve("ada-receipt");
        model.exportSelected(ReceiptFormat.JSON);

        Path written = dir.resolve("out").resolve("ada-receipt.json");
        assertThat(written).exists();
        assertThat(Files.readString(written)).contains("\"version\"").contains("satisfaction studies");
        assertThat(f.ledgerSize()).isEqualTo(before + 1);
        assertThat(model.notice().getKind()).isEqualTo(Notice.Kind.SUCCESS);
        assertThat(model.notice().getText()).isEqualTo("Receipt of consent " + f.adaConsent
                + " written to ada-receipt.json. The hand-over to the person is ledger entry " + before + ".");
    }

    @Test
    void aSalesRepresentativeSeesConsentsButMayNotWithdrawThem() {
        ConsentsViewModel model = model(f.sales);
        assertThat(model.rows()).hasSize(2);
        assertThat(model.actions().mayManage()).isFalse();
        model.selectedProperty().set(row(model, f.adaConsent));
        model.withdrawSelected();
        assertThat(model.notice().getKind()).isEqualTo(Notice.Kind.ERROR);
        assertThat(f.services.consents().detail(f.officer, f.adaConsent).status()).isEqualTo("GRANTED");
    }

    @Test
    void leavingTheScreenDropsEveryConsent() {
        ConsentsViewModel model = model(f.officer);
        model.selectedProperty().set(row(model, f.adaConsent));
        model.dispose();
        assertThat(model.rows()).isEmpty();
        assertThat(model.detailProperty().get()).isEmpty();
    }
}
