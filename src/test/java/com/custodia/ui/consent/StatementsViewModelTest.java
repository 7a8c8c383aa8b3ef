package com.custodia.ui.consent;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.StatementMedium;
import com.custodia.domain.StatementStatus;
import com.custodia.service.auth.Principal;
import com.custodia.service.consent.StatementView;
import com.custodia.ui.common.Notice;
import com.custodia.ui.common.SyncTaskExecutor;
import com.custodia.ui.support.RecordingDialogs;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Statements: consent state at a glance, editing, consent, publishing and withdrawal, without a window. */
class StatementsViewModelTest {

    @TempDir Path dir;
    ConsentScreenFixture f;
    long statement;

    @BeforeEach
    void workspace() {
        f = new ConsentScreenFixture(dir);
        statement = f.statement(f.ada, StatementMedium.WEBSITE);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private StatementsViewModel model(Principal actor) {
        StatementsViewModel model = new StatementsViewModel(f.services.statements(), actor, new SyncTaskExecutor(),
                new RecordingDialogs(), f.text());
        model.refresh();
        model.selectedProperty().set(model.rows().stream().filter(s -> s.id() == statement).findFirst().orElseThrow());
        return model;
    }

    @Test
    void theListShowsTheConsentStateAtAGlanceAndTheDetailEverythingPublished() {
        StatementsViewModel model = model(f.officer);
        StatementView s = model.selectedProperty().get();
        assertThat(model.badge(s)).isEqualTo("No consent");
        assertThat(model.describe(s)).contains("Author: Ada Lovelace").contains("Status: Draft")
                .contains("Intended medium: Website").contains("Attribution: Full name")
                .contains("Incentive (disclosed with it): a conference ticket");
        assertThat(model.editTextProperty().get()).isEqualTo("Custodia made our audit a one-day job.");
        assertThat(model.consentMediumProperty().get()).isEqualTo(StatementMedium.WEBSITE);
    }

    @Test
    void theScreenStaysBusyUntilTheLastOfTwoOverlappingTasksEnds() {
        com.custodia.ui.common.ManualTaskExecutor executor = new com.custodia.ui.common.ManualTaskExecutor();
        StatementsViewModel model = new StatementsViewModel(f.services.statements(), f.officer, executor,
                new RecordingDialogs(), f.text());
        model.refresh();
        model.refresh();
        assertThat(executor.pending()).isEqualTo(2);
        assertThat(model.busyProperty().get()).isTrue();

        executor.runNext();
        assertThat(model.busyProperty().get()).as("one task still runs").isTrue();
        executor.runNext();
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void publishingIsRefusedWithoutConsentAndAllowedWithIt() {
        StatementsViewModel model = model(f.officer);
        model.placeProperty().set("https://example.com/customers");
        model.publish();
        assertThat(model.notice().getKind()).isEqualTo(Notice.Kind.ERROR);
        assertThat(model.notice().getText()).startsWith("Not published: ");
        assertThat(f.services.statements().detail(f.officer, statement).publications()).isZero();

        model.recordConsent();
        assertThat(model.notice().getText()).contains("may be published in Website");
        assertThat(model.badge(model.selectedProperty().get())).isEqualTo("Covered");
        assertThat(model.selectedProperty().get().status()).isEqualTo("APPROVED");

        long before = f.ledgerSize();
        model.publish();
        assertThat(model.notice().getKind()).isEqualTo(Notice.Kind.SUCCESS);
        assertThat(model.notice().getText()).isEqualTo("Statement " + statement
                + " published in Website at https://example.com/customers. The publication is ledger entry "
                + before + ".");
        assertThat(model.selectedProperty().get().status()).isEqualTo("PUBLISHED");
        assertThat(model.selectedProperty().get().publications()).isEqualTo(1);
        assertThat(model.placeProperty().get()).isEmpty();
    }

    @Test
    void publishingInAnotherMediumThanTheConsentIsRefusedWithTheReason() {
        StatementsViewModel model = model(f.officer);
        model.recordConsent();
        model.publishMediumProperty().set(StatementMedium.CASE_STUDY);
        model.placeProperty().set("Case study: Analytical Ltd");
        model.publish();
        assertThat(model.notice().getKind()).isEqualTo(Notice.Kind.ERROR);
        assertThat(model.notice().getText()).containsIgnoringCase("case study");
    }

    @Test
    void editingTheTextAfterConsentSendsItBackToAwaitingConsent() {
        StatementsViewModel model = model(f.officer);
        model.recordConsent();
        model.editTextProperty().set("Custodia made our audit a one-hour job.");
        model.saveText();
        StatementView now = model.selectedProperty().get();
        assertThat(now.status()).isEqualTo(StatementStatus.AWAITING_CONSENT.name());
        assertThat(now.text()).isEqualTo("Custodia made our audit a one-hour job.");
        assertThat(model.badge(now)).isEqualTo("No consent");
        assertThat(model.notice().getText()).contains("Awaiting consent");
    }

    @Test
    void withdrawalShowsTheTakeDownList() {
        StatementsViewModel model = model(f.officer);
        model.recordConsent();
        model.placeProperty().set("https://example.com/customers");
        model.publish();
        model.howProperty().set("email");
        model.withdraw();
        assertThat(model.selectedProperty().get().status()).isEqualTo("WITHDRAWN");
        assertThat(model.badge(model.selectedProperty().get())).isEqualTo("Withdrawn");
        assertThat(model.takeDown()).singleElement().asString().startsWith("Website: https://example.com/customers");
        assertThat(model.notice().getText()).contains("take it down from the one place listed");

        // the list is there again when the statement is selected later
        StatementsViewModel again = model(f.officer);
        assertThat(again.takeDown()).hasSize(1);
    }

    @Test
    void aSalesRepresentativeRecordsAStatementAsADraft() {
        StatementsViewModel model = model(f.sales);
        model.newPersonProperty().set("ada");
        model.recordStatement();
        assertThat(model.notice().getKind()).isEqualTo(Notice.Kind.ERROR);

        model.newPersonProperty().set(String.valueOf(f.bob));
        model.newTextProperty().set("Audits take an hour now.");
        model.newMediumProperty().set(StatementMedium.CASE_STUDY);
        model.newIncentiveProperty().set("  ");
        model.recordStatement();
        assertThat(model.notice().getKind()).isEqualTo(Notice.Kind.SUCCESS);
        StatementView recorded = model.selectedProperty().get();
        assertThat(recorded.personId()).isEqualTo(f.bob);
        assertThat(recorded.status()).isEqualTo("DRAFT");
        assertThat(recorded.medium()).isEqualTo("CASE_STUDY");
        assertThat(recorded.incentive()).isNull();
        assertThat(recorded.recordedBy()).isEqualTo("sally");
        assertThat(model.rows().get(0)).isEqualTo(recorded);
        assertThat(model.newTextProperty().get()).isEmpty();
    }

    @Test
    void theStatusFilterNarrowsTheList() {
        f.statement(f.bob, StatementMedium.CASE_STUDY);
        StatementsViewModel model = model(f.officer);
        model.recordConsent();
        model.statusFilterProperty().set(StatementStatus.APPROVED);
        model.refresh();
        assertThat(model.rows()).extracting(StatementView::id).containsExactly(statement);
    }

    @Test
    void aSalesRepresentativeEditsButMayNotPublish() {
        StatementsViewModel model = model(f.sales);
        assertThat(model.mayEdit()).isTrue();
        assertThat(model.mayPublish()).isFalse();
        assertThat(model.mayRecordConsent()).isFalse();
        model.placeProperty().set("https://example.com");
        model.publish();
        assertThat(model.notice().getKind()).isEqualTo(Notice.Kind.ERROR);
    }
}
