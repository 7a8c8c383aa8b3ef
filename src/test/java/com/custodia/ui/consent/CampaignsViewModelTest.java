package com.custodia.ui.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.custodia.domain.CampaignKind;
import com.custodia.domain.CampaignRunner;
import com.custodia.service.consent.ConsentDraft;
import com.custodia.ui.common.Notice;
import com.custodia.ui.common.SyncTaskExecutor;
import com.custodia.ui.support.RecordingDialogs;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Campaigns: setting one up and picking its contacts, with who is left out and the gate's answer. */
class CampaignsViewModelTest {

    @TempDir Path dir;
    ConsentScreenFixture f;
    CampaignsViewModel model;
    RecordingDialogs dialogs;

    @BeforeEach
    void workspace() {
        f = new ConsentScreenFixture(dir);
        dialogs = new RecordingDialogs();
        model = new CampaignsViewModel(f.services.campaigns(), f.officer, new SyncTaskExecutor(), dialogs, f.text());
        model.refresh();
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void pickingSaysWhoWasLeftOutAndWhy() {
        model.nameProperty().set("Spring survey");
        model.runnerNameProperty().set("Customer success");
        model.create();
        assertThat(model.notice().getKind()).as("a campaign states its purpose").isEqualTo(Notice.Kind.ERROR);
        model.purposeProperty().set("satisfaction survey about the spring release");
        model.create();
        assertThat(model.notice().getText()).startsWith("Campaign");
        assertThat(model.rows()).hasSize(1);
        assertThat(model.selectedProperty().get().name()).isEqualTo("Spring survey");

        model.candidatesProperty().set(f.ada + ", " + f.bob + " " + f.dan);
        model.pick();
        assertThat(model.notice().getText()).startsWith("One person added; 2 left out");
        assertThat(model.contacts()).containsExactly("Person " + f.ada);
        assertThat(model.excluded()).hasSize(2);
        assertThat(model.excluded().get(0)).startsWith("Person " + f.bob + ": ");
        assertThat(model.excluded().get(1)).startsWith("Person " + f.dan + ": ");
        assertThat(model.selectedProperty().get().contacts()).isEqualTo(1);
        assertThat(model.gateProperty().get()).as("a vendor-run campaign hands nothing over").isEmpty();
    }

    @Test
    void aPartnerRunCampaignShowsTheGatesRefusalAndLaterItsBasis() {
        model.nameProperty().set("Testimonials 2026");
        model.kindProperty().set(CampaignKind.TESTIMONIAL_REQUEST);
        model.runByProperty().set(CampaignRunner.PARTNER);
        model.purposeProperty().set("testimonials for the partner's website");
        model.create();
        assertThat(model.notice().getKind()).as("a partner campaign names the partner").isEqualTo(Notice.Kind.ERROR);

        model.runnerNameProperty().set("Reseller GmbH");
        model.create();
        assertThat(model.gateProperty().get()).contains("Pick contacts to see the gate's answer");

        model.candidatesProperty().set(String.valueOf(f.ada));
        model.pick();
        assertThat(model.gateAllowsProperty().get()).isFalse();
        assertThat(model.gateProperty().get()).startsWith("The disclosure gate refuses to hand the contact list "
                + "to Reseller GmbH: ");

        f.services.consents().record(f.officer, ConsentDraft.of(f.ada, "testimonial requests",
                Set.of("Reseller GmbH"), Set.of("identity", "contact"), "signed form"));
        model.refresh();
        assertThat(model.gateAllowsProperty().get()).isTrue();
        assertThat(model.gateProperty().get()).contains("basis: consent");
        assertThat(f.services.campaigns().detail(f.officer, model.selectedProperty().get().id()).handedOverSeq())
                .as("nothing handed over yet").isNull();

        long entriesBefore = f.services.ledger().store().head().size();
        dialogs.nextFile = dir.resolve("contacts.csv");
        model.handOver();
        assertThat(model.notice().getText()).startsWith("The contact list went to Reseller GmbH: recorded as ledger "
                + "entry #" + entriesBefore);
        assertThat(f.services.ledger().store().head().size()).isEqualTo(entriesBefore + 1);
        assertThat(dir.resolve("contacts.csv")).content().contains("Lovelace");
        assertThat(f.services.campaigns().detail(f.officer, model.selectedProperty().get().id()).handedOverSeq())
                .isEqualTo(entriesBefore);
    }

    @Test
    void typedNumbersMustBeNumbers() {
        model.nameProperty().set("Survey");
        model.runnerNameProperty().set("Marketing");
        model.purposeProperty().set("survey");
        model.create();
        model.candidatesProperty().set("12, ada");
        model.pick();
        assertThat(model.notice().getKind()).isEqualTo(Notice.Kind.ERROR);
        assertThat(CampaignsViewModel.parseIds(" 3,4;5\n6 ")).containsExactly(3L, 4L, 5L, 6L);
        assertThatThrownBy(() -> CampaignsViewModel.parseIds("x")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void aSalesRepresentativeMayNotSetUpCampaigns() {
        CampaignsViewModel sales = new CampaignsViewModel(f.services.campaigns(), f.sales, new SyncTaskExecutor(),
                new RecordingDialogs(), f.text());
        assertThat(sales.mayManage()).isFalse();
        sales.nameProperty().set("Mine");
        sales.runnerNameProperty().set("Sales");
        sales.purposeProperty().set("survey");
        sales.create();
        assertThat(sales.notice().getKind()).isEqualTo(Notice.Kind.ERROR);
    }
}
