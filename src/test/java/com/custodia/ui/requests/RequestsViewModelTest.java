package com.custodia.ui.requests;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.Jurisdiction;
import com.custodia.domain.NoticeStatus;
import com.custodia.domain.PersonField;
import com.custodia.domain.RecipientKind;
import com.custodia.domain.RequestChannel;
import com.custodia.domain.RequestKind;
import com.custodia.domain.SubjectRequest;
import com.custodia.ledger.LedgerQueries;
import com.custodia.policy.RequestDeadlines;
import com.custodia.service.auth.Principal;
import com.custodia.service.requests.ReportFormat;
import com.custodia.service.requests.RequestFixture;
import com.custodia.service.requests.RequestViews;
import com.custodia.support.TestWorkspaces;
import com.custodia.ui.common.Notice;
import com.custodia.ui.common.SyncTaskExecutor;
import com.custodia.ui.support.RecordingDialogs;
import com.custodia.ui.support.UiTesting;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Requests screen's view models against a real H2 workspace, with work run on the calling thread. */
class RequestsViewModelTest {

    @TempDir Path dir;

    private RequestFixture f;
    private RecordingDialogs dialogs;
    private RequestsViewModel olivia;

    @BeforeEach
    void open() {
        f = new RequestFixture(clock -> TestWorkspaces.embedded(dir.resolve("ws"), clock));
        dialogs = new RecordingDialogs();
        olivia = open(f.olivia);
        olivia.refresh();
    }

    @AfterEach
    void close() {
        olivia.dispose();
        f.services.close();
    }

    private RequestsViewModel open(Principal who) {
        return new RequestsViewModel(f.services, who, new SyncTaskExecutor(), dialogs, f.clock,
                UiTesting.bundle("requests"));
    }

    private RequestsViewModel.Row row(RequestsViewModel model, long id) {
        return model.rows().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    private Path evidence() throws Exception {
        return Files.writeString(dir.resolve("passport.txt"), "passport no. X123");
    }

    @Test
    void intakeRecordsTheRequestAndChoosesItInTheQueue() {
        olivia.openIntake();
        assertThat(olivia.intakeReceivedProperty().get()).isEqualTo("2026-01-31 09:00");
        olivia.intakeKindProperty().set(RequestKind.ACCESS);
        olivia.intakeChannelProperty().set(RequestChannel.PHONE);
        olivia.intakeNameProperty().set("Ada Lovelace");
        olivia.intakeEmailProperty().set("ada@example.com");
        olivia.submitIntake();

        assertThat(olivia.intakeOpenProperty().get()).isFalse();
        RequestsViewModel.Row chosen = olivia.selectedProperty().get();
        assertThat(chosen).isNotNull();
        assertThat(chosen.kind()).isEqualTo("Access");
        assertThat(chosen.requester()).isEqualTo("Ada Lovelace");
        assertThat(chosen.channel()).isEqualTo("Phone");
        assertThat(chosen.state()).isEqualTo("Received");
        assertThat(chosen.daysLeft()).isEqualTo("28 days left");
        assertThat(olivia.notice().getText()).isEqualTo("Request #" + chosen.id() + " recorded; due 2026-02-28.");
        assertThat(olivia.detail().givenProperty().get()).startsWith("Name: Ada Lovelace; Email: ada@example.com.");
    }

    @Test
    void intakeWithoutIdentifiersOrWithABadTimeIsRefusedBesideTheForm() {
        olivia.openIntake();
        olivia.submitIntake();
        assertThat(olivia.intakeNotice().getKind()).isEqualTo(Notice.Kind.ERROR);
        assertThat(olivia.intakeNotice().getText()).contains("Identifiers: at least one");
        olivia.intakeEmailProperty().set("ada@example.com");
        olivia.intakeReceivedProperty().set("yesterday");
        olivia.submitIntake();
        assertThat(olivia.intakeNotice().getText()).contains("'yesterday' is not a time");
        assertThat(olivia.rows()).isEmpty();
    }

    @Test
    void filtersKeepOpenOverdueAndKindAndOverdueRowsSayByHowMuch() {
        long old = f.services.requests().intake(f.sally, new RequestViews.Intake(RequestKind.ACCESS,
                RequestChannel.LETTER, Jurisdiction.DEFAULT, f.clock.instant().minus(Duration.ofDays(40)),
                new SubjectRequest.Identifiers("Bob Babbage", null, null, null, null, null))).id();
        long soon = f.services.requests().intake(f.sally, new RequestViews.Intake(RequestKind.CORRECTION,
                RequestChannel.EMAIL, Jurisdiction.DEFAULT, f.clock.instant().minus(Duration.ofDays(25)),
                new SubjectRequest.Identifiers(null, "ada@example.com", null, null, null, null))).id();
        long fresh = f.intake(RequestKind.ACCESS, "ada@example.com").id();
        olivia.refresh();

        assertThat(olivia.rows()).extracting(RequestsViewModel.Row::id).containsExactly(old, soon, fresh);
        assertThat(row(olivia, old).urgency()).isEqualTo(RequestDeadlines.Urgency.OVERDUE);
        assertThat(row(olivia, old).daysLeft()).endsWith("days overdue");
        assertThat(row(olivia, soon).urgency()).isEqualTo(RequestDeadlines.Urgency.DUE_SOON);

        olivia.overdueOnlyProperty().set(true);
        assertThat(olivia.rows()).extracting(RequestsViewModel.Row::id).containsExactly(old);
        olivia.overdueOnlyProperty().set(false);
        olivia.kindFilterProperty().set(RequestKind.CORRECTION);
        assertThat(olivia.rows()).extracting(RequestsViewModel.Row::id).containsExactly(soon);
        olivia.kindFilterProperty().set(null);

        f.services.requests().refuse(f.olivia, fresh, "manifestly unfounded");
        olivia.refresh();
        assertThat(olivia.rows()).extracting(RequestsViewModel.Row::id).containsExactly(old, soon);
        olivia.openOnlyProperty().set(false);
        assertThat(row(olivia, fresh).state()).isEqualTo("Refused");
        assertThat(row(olivia, fresh).daysLeft()).isEqualTo("answered");
    }

    @Test
    void anAccessRequestIsMatchedVerifiedConfirmedByASecondOperatorAndDelivered() throws Exception {
        long id = f.intake(RequestKind.ACCESS, "ada@example.com").id();
        f.everyCategory(f.ada);
        olivia.refresh();
        olivia.selectedProperty().set(row(olivia, id));
        RequestDetailViewModel detail = olivia.detail();

        detail.findCandidates();
        assertThat(detail.candidates()).extracting(RequestViews.Candidate::personId).containsExactly(f.ada);
        detail.match(List.of(f.ada));
        assertThat(detail.matchedProperty().get()).startsWith("Matched to person(s) [" + f.ada + "] by olivia at");

        detail.verifyMethodProperty().set("passport seen by video call");
        detail.verify();
        assertThat(detail.identityNotice().getText()).contains("Choose the evidence file");
        dialogs.nextFile = evidence();
        detail.chooseEvidence();
        detail.verify();
        assertThat(detail.identityProperty().get()).startsWith("Verified by olivia at 2026-01-31 09:").contains(": passport seen");
        assertThat(detail.confirmationProperty().get())
                .isEqualTo("Not yet confirmed: an operator other than olivia must confirm before the report goes out.");
        assertThat(detail.mayConfirmProperty().get()).as("olivia verified it herself").isFalse();
        detail.confirm();
        assertThat(detail.identityNotice().getText()).contains("a second operator must confirm");

        // the report can be reviewed, but delivering it before the confirmation is refused and writes nothing
        AccessReportViewModel report = olivia.report();
        assertThat(report.availableProperty().get()).isTrue();
        report.build();
        assertThat(report.sections()).isNotEmpty();
        assertThat(report.stores()).extracting(AccessReportViewModel.StoreRow::table).contains("web_visit", "license");
        assertThat(report.stores().stream().filter(s -> s.table().equals("web_visit")).findFirst().orElseThrow()
                .rows()).isEqualTo(3);
        assertThat(report.summaryProperty().get()).startsWith("Report for Ada Lovelace:");
        Path target = dir.resolve("out/access-report.pdf");
        dialogs.nextFile = target;
        report.deliver();
        assertThat(report.notice().getKind()).isEqualTo(Notice.Kind.ERROR);
        assertThat(report.notice().getText()).contains("second operator");
        assertThat(target).doesNotExist();

        RequestsViewModel oscar = open(f.oscar);
        oscar.refresh();
        oscar.selectedProperty().set(row(oscar, id));
        assertThat(oscar.detail().mayConfirmProperty().get()).isTrue();
        oscar.detail().confirm();
        assertThat(oscar.detail().confirmationProperty().get()).startsWith("Confirmed by oscar at");
        oscar.dispose();

        olivia.refresh();
        long entry = new LedgerQueries(f.services.database()).size();
        report.formatProperty().set(ReportFormat.PDF);
        report.deliver();
        assertThat(report.deliveredProperty().get())
                .isEqualTo("Delivered: recorded in the ledger as entry " + entry + ", then written to access-report.pdf.");
        assertThat(Files.readAllBytes(target)).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
        assertThat(olivia.detail().responseProperty().get()).contains("report delivered, ledger entry " + entry);
        assertThat(olivia.detail().checklist()).allMatch(RequestDetailViewModel.Step::done);
    }

    @Test
    void theClockStopsWhileWaitingForIdentityAndTheExtensionNeedsAReason() throws Exception {
        long id = f.intake(RequestKind.ACCESS, "ada@example.com").id();
        olivia.refresh();
        olivia.selectedProperty().set(row(olivia, id));
        RequestDetailViewModel detail = olivia.detail();
        detail.match(List.of(f.ada));
        detail.awaitIdentity();
        assertThat(detail.identityProperty().get()).startsWith("Waiting for the requester");
        assertThat(olivia.selectedProperty().get().daysLeft()).isEqualTo("clock stopped");
        f.clock.advance(Duration.ofDays(3));
        dialogs.nextFile = evidence();
        detail.chooseEvidence();
        detail.verifyMethodProperty().set("utility bill");
        detail.verify();
        assertThat(detail.clockEvents()).extracting(RequestViews.ClockEventView::event).hasSize(2);
        assertThat(detail.clockText(detail.clockEvents().get(1))).startsWith("Clock started at 2026-02-03 09:00 by olivia");
        assertThat(detail.deadlineProperty().get()).startsWith("Received 2026-01-31; due 2026-03-03");

        detail.extendUnitsProperty().set(2);
        detail.extend();
        assertThat(detail.deadlineNotice().getKind()).isEqualTo(Notice.Kind.ERROR);
        detail.extendReasonProperty().set("the report spans three archived systems");
        detail.extendToldAtProperty().set("2026-02-03 10:00");
        detail.extend();
        assertThat(detail.extensionProperty().get()).startsWith("Extended by 2 month");
        assertThat(detail.extensionProperty().get()).contains("Person told at 2026-02-03 10:00");
    }

    @Test
    void correctionsAreDecidedPerItemAndAppliedOpeningATaskPerRecipient() throws Exception {
        f.disclosed(f.ada, RecipientKind.PARTNER, "Northwind", List.of("contact"), List.of("email"));
        f.disclosed(f.ada, RecipientKind.PARTNER, "Contoso", List.of("contact"), List.of("email"));
        f.clock.advance(Duration.ofMinutes(1));
        long id = f.intake(RequestKind.CORRECTION, "ada@example.com").id();
        olivia.refresh();
        olivia.selectedProperty().set(row(olivia, id));
        RequestDetailViewModel detail = olivia.detail();
        CorrectionsViewModel corrections = detail.corrections();
        assertThat(olivia.report().availableProperty().get()).isFalse();
        assertThat(detail.correctionProperty().get()).isTrue();
        corrections.addItem();
        assertThat(corrections.correctionNotice().getText()).contains("Match the request");
        detail.match(List.of(f.ada));
        dialogs.nextFile = evidence();
        detail.chooseEvidence();
        detail.verifyMethodProperty().set("reply from the registered email");
        detail.verify();
        assertThat(detail.confirmationProperty().get()).isEqualTo("Corrections need no second operator.");

        corrections.itemFieldProperty().set(PersonField.EMAIL);
        corrections.itemRequestedProperty().set("ada@lovelace.example");
        corrections.itemEvidenceProperty().set("new address in the signed letter");
        corrections.addItem();
        corrections.itemFieldProperty().set(PersonField.CITY);
        corrections.itemRequestedProperty().set("Londres");
        corrections.addItem();
        assertThat(corrections.items()).extracting(RequestViews.ItemView::oldValue).containsExactly("ada@example.com",
                "London");

        corrections.deny(corrections.items().get(1));
        assertThat(corrections.correctionNotice().getText()).contains("Reason for the denial is required");
        corrections.decisionReasonProperty().set("the city is spelt as on the invoice address");
        corrections.deny(corrections.items().get(1));
        corrections.approve(corrections.items().get(0));
        corrections.apply(corrections.items().get(0));
        assertThat(corrections.correctionNotice().getText()).isEqualTo("Item #" + corrections.items().get(0).id()
                + " applied; 2 notification task(s) opened.");
        assertThat(corrections.notices()).extracting(RequestViews.NoticeView::recipientName)
                .containsExactlyInAnyOrder("Northwind", "Contoso");
        assertThat(detail.responseProperty().get()).contains("partly corrected");

        RequestViews.NoticeView first = corrections.notices().get(0);
        corrections.noticeOutcomeProperty().set(NoticeStatus.IMPOSSIBLE);
        corrections.resolve(first);
        assertThat(corrections.noticesNotice().getKind()).isEqualTo(Notice.Kind.ERROR);
        corrections.noticeOutcomeProperty().set(NoticeStatus.TOLD);
        corrections.resolve(first);
        assertThat(corrections.noticeState(corrections.notices().get(0))).startsWith("Told at");
        corrections.tellPerson();
        assertThat(corrections.noticesNotice().getText()).startsWith("The person was told the recipients:");
    }

    @Test
    void theRequestLogIsExportedAsCsv() throws Exception {
        f.intake(RequestKind.ACCESS, "ada@example.com");
        Path target = dir.resolve("log/request-log.csv");
        dialogs.nextFile = target;
        olivia.exportLog();
        assertThat(olivia.notice().getText()).isEqualTo("Request log written to request-log.csv.");
        List<String> lines = Files.readAllLines(target);
        assertThat(lines.get(0)).startsWith("request_id,received_at,kind");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).doesNotContain("ada@example.com");
    }

    @Test
    void aSalesRepresentativeGetsTheIntakePanelOnly() {
        RequestsViewModel sally = open(f.sally);
        sally.refresh();
        assertThat(sally.mayManage()).isFalse();
        assertThat(sally.intakeOpenProperty().get()).isTrue();
        assertThat(sally.notice().getText()).contains("privacy officers match, verify and answer them");
        sally.intakeEmailProperty().set("bob@example.com");
        sally.submitIntake();
        assertThat(sally.intakeNotice().getKind()).isEqualTo(Notice.Kind.SUCCESS);
        assertThat(sally.intakeNotice().getText()).startsWith("Request #");
        assertThat(f.services.requests().list(f.olivia, false)).hasSize(1);
        sally.dispose();
    }
}
