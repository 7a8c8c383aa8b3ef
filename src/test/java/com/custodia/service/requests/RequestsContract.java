package com.custodia.service.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.custodia.domain.CorrectionStatus;
import com.custodia.domain.NoticeStatus;
import com.custodia.domain.PersonField;
import com.custodia.domain.RecipientKind;
import com.custodia.domain.RequestKind;
import com.custodia.domain.RequestStatus;
import com.custodia.domain.ResponseNature;
import com.custodia.policy.DataCategory;
import com.custodia.policy.RequestDeadlines;
import com.custodia.service.Services;
import com.custodia.service.disclosure.Disclosed;
import com.custodia.service.disclosure.DisclosureRefusedException;
import com.custodia.service.history.HistoryEntry;
import com.custodia.service.ledger.AccountingService;
import com.custodia.service.security.AccessDeniedException;
import com.custodia.support.MutableClock;
import com.custodia.support.PostgresSchemas;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Access and correction requests end to end, against H2 and PostgreSQL. */
abstract class RequestsContract {

    protected RequestFixture f;

    protected abstract Function<MutableClock, Services> opener();

    @BeforeEach
    void open() {
        f = new RequestFixture(opener());
    }

    @AfterEach
    void close() {
        if (f == null) {
            return;
        }
        var profile = f.services.profile();
        f.services.close();
        PostgresSchemas.drop(profile);
    }

    private Disclosed deliver(long requestId, AtomicReference<byte[]> sink) {
        return f.services.accessReports().deliver(f.olivia, requestId, ReportFormat.JSON, "email", sink::set);
    }

    @Test
    void anAccessRequestGoesFromIntakeToDeliveryAndIsRecordedInTheLedger() {
        var intake = f.intake(RequestKind.ACCESS, "ada@example.com");
        assertThat(intake.status()).isEqualTo(RequestStatus.RECEIVED);
        assertThat(f.services.requests().candidates(f.sally, intake.id()))
                .extracting(RequestViews.Candidate::personId).containsExactly(f.ada);
        f.services.requests().match(f.olivia, intake.id(), Set.of(f.ada));
        f.services.requests().verify(f.olivia, intake.id(), "passport", RequestFixture.bytes("X123"));
        f.services.requests().confirm(f.oscar, intake.id());
        AtomicReference<byte[]> sink = new AtomicReference<>();

        Disclosed disclosed = deliver(intake.id(), sink);

        assertThat(sink.get()).isNotEmpty();
        var entry = new com.custodia.ledger.LedgerQueries(f.services.database()).entry(disclosed.ledgerSeq())
                .orElseThrow();
        assertThat(entry.content().recipientKind()).isEqualTo(RecipientKind.DATA_SUBJECT);
        assertThat(entry.content().basis().name()).isEqualTo("SUBJECT_REQUEST");
        assertThat(entry.content().reference()).isEqualTo(String.valueOf(intake.id()));
        var detail = f.services.requests().detail(f.olivia, intake.id());
        assertThat(detail.status()).isEqualTo(RequestStatus.COMPLETED);
        assertThat(detail.deliveredSeq()).isEqualTo(disclosed.ledgerSeq());
        assertThat(detail.responseNature()).isEqualTo(ResponseNature.REPORT_DELIVERED);
        assertThat(new String(sink.get(), StandardCharsets.UTF_8)).contains("\"requestId\"", "completeness");
    }

    @Test
    void deliveringWithoutVerificationIsRefusedAndRecordsNothing() {
        long id = f.intake(RequestKind.ACCESS, "ada@example.com").id();
        f.services.requests().match(f.olivia, id, Set.of(f.ada));
        var queries = new com.custodia.ledger.LedgerQueries(f.services.database());
        long before = queries.size();
        AtomicReference<byte[]> sink = new AtomicReference<>();

        assertThatThrownBy(() -> deliver(id, sink)).isInstanceOf(DisclosureRefusedException.class)
                .hasMessageContaining("not been verified");
        assertThat(sink.get()).isNull();
        assertThat(queries.size()).isEqualTo(before);
    }

    @Test
    void deliveringWithoutTheSecondOperatorIsRefused() {
        long id = f.verifiedAccess();
        AtomicReference<byte[]> sink = new AtomicReference<>();

        assertThatThrownBy(() -> deliver(id, sink)).isInstanceOf(DisclosureRefusedException.class)
                .hasMessageContaining("second operator");
        assertThat(sink.get()).isNull();
    }

    @Test
    void theVerifierCannotConfirmTheirOwnCheck() {
        long id = f.verifiedAccess();
        assertThatThrownBy(() -> f.services.requests().confirm(f.olivia, id))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("second operator");
    }

    @Test
    void theAccessReportHoldsEveryInventoryCategoryForAPersonWithDataInEach() {
        f.everyCategory(f.ada);
        long id = f.confirmedAccess();

        AccessReport report = f.services.accessReports().build(f.olivia, id);

        assertThat(report.categories()).containsExactlyElementsOf(
                Arrays.stream(DataCategory.values()).map(Enum::name).toList());
        for (DataCategory c : DataCategory.values()) {
            assertThat(report.section(c.name()).records()).as(c.name()).isNotEmpty();
            assertThat(report.section(c.name()).purpose()).isEqualTo(c.purpose());
        }
        assertThat(report.completeness()).extracting(AccessReport.StoreSearched::table)
                .containsAll(DataCategory.allTables());
        assertThat(report.completeness()).filteredOn(s -> s.table().equals("web_visit")).singleElement()
                .extracting(AccessReport.StoreSearched::rows).isEqualTo(3L);
        // the recipients of disclosures are named; the processor's token is not shown
        assertThat(report.accountings().get(0).lines()).extracting(l -> l.recipientName())
                .anyMatch(n -> n.startsWith("Reseller"));
        assertThat(report.section("ORDERS").records().get(0).get("card_token")).doesNotContain("tok_secret");
        // another person's email and name inside Ada's correspondence are redacted
        String subject = report.section("CORRESPONDENCE").records().get(0).get("subject");
        assertThat(subject).doesNotContain("carol@other.example").doesNotContain("Bob Babbage")
                .contains("[redacted: another person's email address]", "[redacted: another person's name]");
        assertThat(report.redactions()).isEqualTo(2);
        // both renderings are produced
        assertThat(f.services.accessReports().render(report, ReportFormat.PDF)).startsWith("%PDF".getBytes());
    }

    @Test
    void aCategoryWithoutAnExtractorStopsTheReportUntilItHasOne() {
        long id = f.confirmedAccess();
        List<String> inventory = new ArrayList<>(Arrays.stream(DataCategory.values()).map(Enum::name).toList());
        inventory.add("FAKE_CATEGORY");
        ReportExtractors extractors = ReportExtractors.standard();
        AccountingService accounting = f.services.accounting();
        AccessReportService service = new AccessReportService(f.services.database(), f.services.guard(),
                f.services.disclosures(), f.services.requests(), accounting, f.clock, extractors, inventory);

        assertThatThrownBy(() -> service.build(f.olivia, id)).isInstanceOf(IncompleteReportException.class)
                .hasMessageContaining("FAKE_CATEGORY");

        extractors.register("FAKE_CATEGORY", ctx -> new CategoryExtractor.Extracted(List.of(), List.of("test"),
                java.util.Map.of("fake_table", 0L)));
        AccessReport report = service.build(f.olivia, id);
        assertThat(report.categories()).endsWith("FAKE_CATEGORY");
        assertThat(report.completeness()).extracting(AccessReport.StoreSearched::table).contains("fake_table");
    }

    @Test
    void aCorrectionOfAFieldDisclosedToTwoPartnersOpensExactlyTwoNotificationTasks() {
        f.disclosed(f.ada, RecipientKind.PARTNER, "Reseller One", List.of("contact"), List.of("email"));
        f.disclosed(f.ada, RecipientKind.PARTNER, "Reseller One", List.of("contact"), List.of("email"));
        f.disclosed(f.ada, RecipientKind.PARTNER, "Reseller Two", List.of("contact"), List.of("email", "phone"));
        f.disclosed(f.ada, RecipientKind.PARTNER, "Reseller Three", List.of("licenses"), List.of("license_key"));
        f.disclosed(f.bob, RecipientKind.PARTNER, "Reseller Four", List.of("contact"), List.of("email"));
        long id = f.intake(RequestKind.CORRECTION, "ada@example.com").id();
        f.services.requests().match(f.olivia, id, Set.of(f.ada));
        f.services.requests().verify(f.olivia, id, "reply from the address on file", RequestFixture.bytes("mail"));
        var item = f.services.corrections().addCorrection(f.sally, id, f.ada, PersonField.EMAIL, "ada@lovelace.example",
                "new address, old one closed");
        assertThat(item.oldValue()).isEqualTo("ada@example.com");
        f.services.corrections().approve(f.oscar, item.id());
        f.clock.advance(Duration.ofMinutes(1));

        var opened = f.services.corrections().apply(f.olivia, item.id());

        assertThat(opened).extracting(RequestViews.NoticeView::recipientName)
                .containsExactly("Reseller One", "Reseller Two");
        assertThat(opened.get(0).ledgerSeqs()).hasSize(2);
        assertThat(f.services.personEditor().load(f.olivia, f.ada).form().get(PersonField.EMAIL))
                .isEqualTo("ada@lovelace.example");
        List<HistoryEntry> history = f.services.history().history(f.olivia, f.ada);
        assertThat(history).anyMatch(h -> h.source().equals("correction request #" + id));
        var detail = f.services.requests().detail(f.olivia, id);
        assertThat(detail.status()).isEqualTo(RequestStatus.COMPLETED);
        assertThat(detail.responseNature()).isEqualTo(ResponseNature.CORRECTED);
        assertThat(detail.items()).singleElement().extracting(RequestViews.ItemView::status)
                .isEqualTo(CorrectionStatus.APPLIED);

        var told = f.services.corrections().resolveNotice(f.olivia, opened.get(0).id(), NoticeStatus.TOLD, null);
        assertThat(told.resolvedAt()).isNotNull();
        assertThatThrownBy(() -> f.services.corrections().resolveNotice(f.olivia, opened.get(1).id(),
                NoticeStatus.DISPROPORTIONATE, " ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(f.services.corrections().tellPersonRecipients(f.olivia, id)).hasSize(2);
    }

    @Test
    void ordersAndEntriesUnderANonNotificationPeriodStayOutOfTheReportAndTheRecipientsTold() {
        f.everyCategory(f.ada);
        java.time.Instant quietUntil = f.clock.instant().plus(Duration.ofDays(90));
        f.sql("UPDATE legal_order SET non_notification_until = " + RequestFixture.at("2099-01-01 00:00:00"));
        f.clock.advance(Duration.ofMinutes(5));
        long quietSeq = f.services.ledger().append(new com.custodia.ledger.EntryDraft("olivia",
                Set.of("PRIVACY_OFFICER"), RecipientKind.AUTHORITY, "District Court", null,
                com.custodia.domain.LegalBasis.LEGAL_ORDER, "1", Set.of(f.ada), List.of("contact"), List.of("email"),
                "subpoena", "file", "ab".repeat(32), null, quietUntil)).seq();
        long id = f.confirmedAccess();

        AccessReport report = f.services.accessReports().build(f.olivia, id);

        assertThat(report.section("LEGAL_ORDERS").records()).isEmpty();
        assertThat(report.section("DISCLOSURES").records()).noneMatch(r -> String.valueOf(quietSeq).equals(r.get("seq")));
        assertThat(report.accountings().get(0).lines()).noneMatch(l -> l.recipientName().equals("District Court"));

        long correction = f.intake(RequestKind.CORRECTION, "ada@example.com").id();
        f.services.requests().match(f.olivia, correction, Set.of(f.ada));
        f.services.requests().verify(f.olivia, correction, "reply", RequestFixture.bytes("mail"));
        var item = f.services.corrections().addCorrection(f.sally, correction, f.ada, PersonField.EMAIL,
                "ada@lovelace.example", null);
        f.services.corrections().approve(f.oscar, item.id());
        f.clock.advance(Duration.ofMinutes(1));
        assertThat(f.services.corrections().apply(f.olivia, item.id()))
                .extracting(RequestViews.NoticeView::recipientName).containsExactly("District Court");
        assertThat(f.services.corrections().tellPersonRecipients(f.olivia, correction)).isEmpty();
    }

    @Test
    void aDenialNeedsAReasonAndOnlyPrivacyOfficersDecide() {
        long id = f.intake(RequestKind.CORRECTION, "ada@example.com").id();
        f.services.requests().match(f.olivia, id, Set.of(f.ada));
        var item = f.services.corrections().addCorrection(f.sally, id, f.ada, PersonField.LAST_NAME, "Byron", null);

        assertThatThrownBy(() -> f.services.corrections().deny(f.olivia, item.id(), " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Reason");
        assertThatThrownBy(() -> f.services.corrections().approve(f.sally, item.id()))
                .isInstanceOf(AccessDeniedException.class);

        f.services.corrections().deny(f.olivia, item.id(), "the marriage certificate shows Lovelace");
        var detail = f.services.requests().detail(f.olivia, id);
        assertThat(detail.responseNature()).isEqualTo(ResponseNature.CORRECTION_DENIED);
        assertThat(detail.denialBasis()).contains("marriage certificate");
    }

    @Test
    void wrongRolesAreRefused() {
        long id = f.intake(RequestKind.ACCESS, "ada@example.com").id();
        assertThatThrownBy(() -> f.services.requests().intake(f.pat, new RequestViews.Intake(RequestKind.ACCESS,
                com.custodia.domain.RequestChannel.PHONE, null, f.clock.instant(),
                new com.custodia.domain.SubjectRequest.Identifiers("Ada", null, null, null, null, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.services.requests().match(f.sally, id, Set.of(f.ada)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.services.requests().verify(f.sally, id, "passport", RequestFixture.bytes("x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.services.requests().list(f.admin, false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.services.accessReports().build(f.sally, id))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.services.requestLog().csv(f.pat)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void waitingForIdentificationStopsTheClockAndEveryStopAndStartIsRecorded() {
        long id = f.intake(RequestKind.ACCESS, "ada@example.com").id();
        var before = f.services.requests().detail(f.olivia, id).deadline();
        f.services.requests().match(f.olivia, id, Set.of(f.ada));
        f.services.requests().awaitIdentity(f.olivia, id, "asked for a copy of the invoice");
        f.clock.advance(Duration.ofDays(10));

        var waiting = f.services.requests().detail(f.olivia, id);
        assertThat(waiting.status()).isEqualTo(RequestStatus.AWAITING_IDENTITY);
        assertThat(waiting.deadline().clockRunning()).isFalse();
        assertThat(waiting.deadline().due()).isEqualTo(before.due().plusDays(10));

        f.services.requests().verify(f.olivia, id, "invoice number matched", RequestFixture.bytes("INV-1"));
        var verified = f.services.requests().detail(f.olivia, id);
        assertThat(verified.clock()).extracting(RequestViews.ClockEventView::event).map(Enum::name)
                .containsExactly("STOPPED", "STARTED");
        assertThat(verified.deadline().due()).isEqualTo(before.due().plusDays(10));
        assertThat(verified.deadline().clockRunning()).isTrue();
    }

    @Test
    void overdueRequestsAreListedAndTheLogHasOneRowEach() {
        long late = f.intake(RequestKind.ACCESS, "ada@example.com").id();
        f.clock.advance(Duration.ofDays(40));
        long fresh = f.intake(RequestKind.ACCESS, "bob@example.com").id();

        assertThat(f.services.requests().list(f.olivia, true)).extracting(RequestViews.RequestSummary::id)
                .containsExactly(late);
        assertThat(f.services.requests().list(f.olivia, false)).extracting(RequestViews.RequestSummary::id)
                .containsExactly(late, fresh);
        assertThat(f.services.requests().list(f.olivia, false).get(0).deadline().urgency())
                .isEqualTo(RequestDeadlines.Urgency.OVERDUE);

        f.services.requests().refuse(f.olivia, fresh, "identity could not be confirmed");
        String csv = new String(f.services.requestLog().csv(f.olivia), StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n")).hasSize(3);
        assertThat(csv).contains("REFUSED", "identity could not be confirmed").doesNotContain("ada@example.com");
    }

    @Test
    void theDeadlineIsExtendedOnceWithAReasonWhenThePersonWasToldInTime() {
        long id = f.intake(RequestKind.ACCESS, "ada@example.com").id();
        var before = f.services.requests().detail(f.olivia, id).deadline();

        assertThatThrownBy(() -> f.services.requests().extend(f.olivia, id, 2, "many archives",
                before.firstPeriodDue().plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after the first period");
        var extended = f.services.requests().extend(f.olivia, id, 2, "many archives", f.clock.instant());

        assertThat(extended.deadline().due()).isEqualTo(before.received().plusMonths(3));
        assertThat(extended.extension().reason()).isEqualTo("many archives");
        assertThat(extended.extension().unit()).isEqualTo("months");
        assertThatThrownBy(() -> f.services.requests().extend(f.olivia, id, 1, "again", f.clock.instant()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already extended");
        assertThatThrownBy(() -> f.services.requests().extend(f.sally, id, 1, "again", f.clock.instant()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void requestsAreNeverDeleted() {
        long id = f.intake(RequestKind.ACCESS, "ada@example.com").id();
        assertThatThrownBy(() -> f.services.database().inTransaction(s -> s.createNativeMutationQuery(
                "DELETE FROM subject_request WHERE id = " + id).executeUpdate())).isInstanceOf(RuntimeException.class);
    }
}
