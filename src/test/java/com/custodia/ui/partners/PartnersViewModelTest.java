package com.custodia.ui.partners;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.GrantScope;
import com.custodia.domain.LicenseField;
import com.custodia.ledger.LedgerQueries;
import com.custodia.policy.GrantRules;
import com.custodia.service.auth.Principal;
import com.custodia.service.partners.GrantView;
import com.custodia.service.partners.PartnerView;
import com.custodia.ui.common.ManualTaskExecutor;
import com.custodia.ui.common.Notice;
import com.custodia.ui.common.SyncTaskExecutor;
import com.custodia.ui.common.TaskExecutor;
import com.custodia.ui.support.RecordingDialogs;
import com.custodia.ui.support.UiTesting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Partners screen's view models against a real H2 workspace, with work run on the calling thread. */
class PartnersViewModelTest {

    @TempDir Path dir;

    private PartnersUiFixture f;
    private RecordingDialogs dialogs;
    private PartnersViewModel model;

    @BeforeEach
    void open() {
        f = new PartnersUiFixture(dir);
        dialogs = new RecordingDialogs();
        model = open(f.pat, new SyncTaskExecutor());
        model.refresh();
    }

    @AfterEach
    void close() {
        model.dispose();
        f.services.close();
    }

    private PartnersViewModel open(Principal who, TaskExecutor executor) {
        return new PartnersViewModel(f.services, who, executor, dialogs, f.clock, UiTesting.bundle("partners"));
    }

    private PartnerView partner(long id) {
        return model.partners().stream().filter(p -> p.id() == id).findFirst().orElseThrow();
    }

    @Test
    void eachPartnerSaysWhereItStandsAndWhatToRenew() {
        assertThat(model.agreementProperty().get()).startsWith("Current partner agreement: v2 (Partner agreement 2026");
        assertThat(model.standingText(partner(f.northwind))).isEqualTo("Registered");
        assertThat(model.standingText(partner(f.contoso))).isEqualTo("Renew by 2026-03-30");
        assertThat(model.highlighted(partner(f.contoso))).isTrue();
        assertThat(model.standingText(partner(f.fabrikam))).isEqualTo("Lapsed since 2026-01-29, renew");
        assertThat(model.blocked(partner(f.fabrikam))).isTrue();
        assertThat(model.standingText(partner(f.tailspin))).isEqualTo("Agreement v1 older than current v2");
        assertThat(model.highlighted(partner(f.northwind))).isFalse();

        model.select(partner(f.fabrikam));
        assertThat(model.detailStandingProperty().get()).contains("lapsed on 2026-01-29");
        assertThat(model.detailContactsProperty().get()).isEqualTo("Nina North (licensing) \u00b7 nina@partner.example"
                + " \u00b7 +1 555 0101");
    }

    @Test
    void renewingALapsedRegistrationNeedsAReasonAndLetsThePartnerReceiveAgain() {
        model.select(partner(f.fabrikam));
        model.startRenewal();
        assertThat(model.renewal().untilProperty().get()).isEqualTo(LocalDate.parse("2027-03-10"));
        model.submitRenewal();
        assertThat(model.renewal().notice().getText()).isEqualTo("Reason for the renewal is required.");

        model.renewal().reasonProperty().set("signed the renewal form");
        model.submitRenewal();

        assertThat(model.renewal().openProperty().get()).isFalse();
        assertThat(model.notice().getText()).isEqualTo("Fabrikam Ltd renewed until 2027-03-10.");
        assertThat(model.standingText(partner(f.fabrikam))).isEqualTo("Registered");
        assertThat(model.selectedProperty().get().id()).isEqualTo(f.fabrikam);
    }

    @Test
    void registersANewPartnerWithItsContacts() {
        model.startNew();
        model.form().nameProperty().set("Adventure Works");
        model.form().agreementReferenceProperty().set("PA-ADV");
        model.form().contactsProperty().set("Ann Adams; ann@adventure.example; ; licensing\nBo Berg");
        model.submitForm();

        assertThat(model.form().notice().getText()).isEmpty();
        assertThat(model.notice().getText()).isEqualTo("Partner Adventure Works registered.");
        PartnerView created = model.selectedProperty().get();
        assertThat(created.name()).isEqualTo("Adventure Works");
        assertThat(created.agreementVersion()).isEqualTo(2);
        assertThat(created.contacts()).extracting(c -> c.name() + "/" + c.email() + "/" + c.phone())
                .containsExactly("Ann Adams/ann@adventure.example/null", "Bo Berg/null/null");
    }

    @Test
    void aLookupShowsExactlyTheGrantedFieldsAndItsLedgerEntry() {
        LookupViewModel lookup = model.lookup();
        long before = new LedgerQueries(f.services.database()).size();
        lookup.partnerProperty().set(partner(f.northwind));
        lookup.keyProperty().set(PartnersUiFixture.ADA_KEY);
        lookup.lookUp();

        assertThat(lookup.rows()).extracting(LookupViewModel.Row::field)
                .containsExactly("License key", "Product", "Status", "Expiry");
        assertThat(lookup.rows()).first().extracting(LookupViewModel.Row::value).isEqualTo(PartnersUiFixture.ADA_KEY);
        assertThat(lookup.result().getKind()).isEqualTo(Notice.Kind.SUCCESS);
        assertThat(lookup.result().getText()).isEqualTo("Answered Northwind Resellers under grant #"
                + f.adaGrant.id() + ". Recorded in the ledger as entry " + before + ".");
        assertThat(new LedgerQueries(f.services.database()).size()).isEqualTo(before + 1);
        assertThat(lookup.payloadHashProperty().get()).hasSize(64);
    }

    @Test
    void aRefusedLookupShowsTheServicesReasonAndDisclosesNothing() {
        LookupViewModel lookup = model.lookup();
        long before = new LedgerQueries(f.services.database()).size();

        lookup.partnerProperty().set(partner(f.fabrikam));
        lookup.keyProperty().set(PartnersUiFixture.ADA_KEY);
        lookup.lookUp();
        assertThat(lookup.rows()).isEmpty();
        assertThat(lookup.result().getKind()).isEqualTo(Notice.Kind.ERROR);
        assertThat(lookup.result().getText()).startsWith("Refused: ").contains("lapsed on 2026-01-29");
        assertThat(lookup.note().getText()).contains("Nothing was disclosed");

        lookup.partnerProperty().set(partner(f.northwind));
        lookup.keyProperty().set(PartnersUiFixture.BOB_KEY);
        lookup.lookUp();
        assertThat(lookup.rows()).isEmpty();
        assertThat(lookup.result().getText()).startsWith("Refused: ");
        assertThat(new LedgerQueries(f.services.database()).size()).isEqualTo(before);
    }

    @Test
    void grantingNeedsAReasonAndRefusalsShowTheServicesReason() {
        GrantsViewModel grants = model.grants();
        grants.startGrant();
        GrantForm form = grants.grantForm();
        form.partnerProperty().set(partner(f.northwind));
        form.personsProperty().set(f.bob + "");
        grants.submitGrant();
        assertThat(form.notice().getText()).isEqualTo("A reason is required.");

        form.reasonProperty().set("Northwind supports Bob's company");
        grants.submitGrant();
        assertThat(form.openProperty().get()).isFalse();
        GrantView granted = grants.selectedProperty().get();
        assertThat(granted.personIds()).containsExactly(f.bob);
        assertThat(granted.fields()).containsExactlyInAnyOrder(LicenseField.LICENSE_KEY, LicenseField.PRODUCT,
                LicenseField.STATUS, LicenseField.EXPIRY);
        assertThat(grants.notice().getText()).isEqualTo("Grant #" + granted.id() + " to Northwind Resellers recorded.");
        assertThat(grants.events()).singleElement().satisfies(e -> assertThat(grants.eventText(e))
                .matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} UTC · .*")
                .endsWith("granted by pat until 2026-06-08: Northwind supports Bob's company"));

        // a lapsed partner cannot be granted anything: the service says why
        grants.startGrant();
        form.partnerProperty().set(partner(f.fabrikam));
        form.scopeProperty().set(GrantScope.RESOLD);
        form.reasonProperty().set("reseller");
        grants.submitGrant();
        assertThat(form.openProperty().get()).isTrue();
        assertThat(form.notice().getText()).startsWith("Cannot grant anything now: ").contains("lapsed");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void revokingAsksForAReasonAndAConfirmationThenTheGrantAnswersNothing() {
        GrantsViewModel grants = model.grants();
        grants.select(grants.rows().stream().filter(g -> g.id() == f.adaGrant.id()).findFirst().orElseThrow());
        grants.startRevoke();
        grants.submitAction();
        assertThat(grants.actionForm().notice().getText()).isEqualTo("A reason is required.");

        dialogs.confirmAnswer = false;
        grants.actionForm().reasonProperty().set("contract ended");
        grants.submitAction();
        assertThat(grants.selectedProperty().get().state()).isEqualTo(GrantRules.State.ACTIVE);

        dialogs.confirmAnswer = true;
        grants.submitAction();
        assertThat(grants.notice().getText()).isEqualTo("Grant #" + f.adaGrant.id()
                + " revoked; it answers nothing from now on.");
        assertThat(grants.selectedProperty().get().state()).isEqualTo(GrantRules.State.REVOKED);
        assertThat(grants.stateText(grants.selectedProperty().get())).isEqualTo("Revoked");
        assertThat(grants.events()).hasSize(2);
        assertThat(grants.eventText(grants.events().get(1))).endsWith("revoked by pat: contract ended");

        LookupViewModel lookup = model.lookup();
        lookup.partnerProperty().set(partner(f.northwind));
        lookup.keyProperty().set(PartnersUiFixture.ADA_KEY);
        lookup.lookUp();
        assertThat(lookup.result().getText()).startsWith("Refused: ");
    }

    @Test
    void renewingAGrantMovesItsEnd() {
        GrantsViewModel grants = model.grants();
        grants.filterProperty().set(partner(f.northwind));
        assertThat(grants.rows()).extracting(GrantView::id).containsExactly(f.adaGrant.id());
        grants.select(grants.rows().get(0));
        grants.startRenew();
        assertThat(grants.actionForm().untilProperty().get()).isEqualTo(LocalDate.parse("2026-09-06"));
        grants.actionForm().reasonProperty().set("another quarter");
        grants.submitAction();
        assertThat(grants.notice().getText()).isEqualTo("Grant #" + f.adaGrant.id() + " renewed until 2026-09-06.");
        assertThat(grants.validityText(grants.selectedProperty().get())).isEqualTo("2026-03-10 \u2013 2026-09-06");
    }

    @Test
    void theSharePackageIsWrittenInTheBackgroundAndNamesItsLedgerEntry() throws Exception {
        ManualTaskExecutor manual = new ManualTaskExecutor();
        PartnersViewModel m = open(f.pat, manual);
        m.refresh();
        manual.runAll();
        GrantsViewModel grants = m.grants();
        grants.select(grants.rows().get(0));
        manual.runAll();
        Path target = dir.resolve("share.json");
        dialogs.nextFile = target;
        grants.formatProperty().set(com.custodia.service.partners.ShareFormat.JSON);
        grants.exportPackage();
        assertThat(grants.exportProperty().get()).as("running, with progress and cancel").isNotNull();
        manual.runAll();
        assertThat(grants.exportProperty().get()).isNull();
        assertThat(Files.readString(target)).contains(PartnersUiFixture.ADA_KEY);
        assertThat(grants.notice().getText()).startsWith("1 licenses of 1 persons written to share.json for Northwind"
                + " Resellers. Recorded in the ledger as entry ");

        Path cancelled = dir.resolve("cancelled.csv");
        dialogs.nextFile = cancelled;
        grants.exportPackage();
        grants.cancelExport();
        manual.runAll();
        assertThat(cancelled).doesNotExist();
        assertThat(grants.notice().getText()).isEqualTo("The share package was not written.");
        m.dispose();
    }

    @Test
    void theHistoryCountsWhatThePartnerReceivedPerMonth() {
        LookupViewModel lookup = model.lookup();
        lookup.partnerProperty().set(partner(f.northwind));
        lookup.keyProperty().set(PartnersUiFixture.ADA_KEY);
        lookup.lookUp();
        lookup.lookUp();

        HistoryViewModel history = model.history();
        history.partnerProperty().set(partner(f.northwind));
        assertThat(history.months()).containsExactly(new HistoryViewModel.Month(YearMonth.of(2026, 3), 2));
        assertThat(history.entries()).hasSize(2);
        assertThat(history.fieldsText(history.entries().get(0))).isEqualTo("License key, Product, Status, Expiry");
        assertThat(history.timeText(history.entries().get(0))).as("the column says UTC; the cell is readable")
                .matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        assertThat(history.summaryProperty().get()).isEqualTo("2 disclosures to Northwind Resellers");

        history.partnerProperty().set(partner(f.contoso));
        assertThat(history.entries()).isEmpty();
        assertThat(history.summaryProperty().get()).isEqualTo("0 disclosures to Contoso Licensing");
    }

    @Test
    void aSalesRepresentativeIsRefusedWithTheServicesReason() {
        PartnersViewModel sales = open(f.sally, new SyncTaskExecutor());
        sales.refresh();
        assertThat(sales.partners()).isEmpty();
        assertThat(sales.notice().getKind()).isEqualTo(Notice.Kind.ERROR);
        assertThat(sales.mayManage()).isFalse();
        assertThat(new PartnersScreen().visibleTo(f.sally)).isFalse();
        assertThat(new PartnersScreen().visibleTo(f.pat)).isTrue();
        sales.dispose();
    }
}
