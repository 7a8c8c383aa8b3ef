package com.custodia.service.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.custodia.casefile.CaseFileNames;
import com.custodia.casefile.CaseFileReader;
import com.custodia.casefile.OpenedCase;
import com.custodia.casefile.ProvenLedgerEntry;
import com.custodia.casefile.ReviewNotes;
import com.custodia.casefile.ReviewNotesFile;
import com.custodia.domain.LegalBasis;
import com.custodia.domain.RecipientKind;
import com.custodia.ledger.AppendedEntry;
import com.custodia.ledger.LedgerQueries;
import com.custodia.service.disclosure.DisclosureGate;
import com.custodia.service.disclosure.DisclosureRefusedException;
import com.custodia.service.legal.LegalOrderDetail;
import com.custodia.service.legal.LegalOrderFixture;
import com.custodia.service.security.AccessDeniedException;
import com.custodia.support.TestWorkspaces;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exporting legal orders and accountings as case files on a real encrypted workspace: each export is a
 * disclosure recorded before the file appears, the case's ledger entries are proven against a signed
 * checkpoint, the file opens with no workspace, and review notes come back attached to the case.
 */
class CaseFileExportTest {

    @TempDir
    Path dir;
    LegalOrderFixture f;
    CaseFileService cases;
    LedgerQueries ledger;

    @BeforeEach
    void workspace() {
        f = new LegalOrderFixture(dir, clock -> TestWorkspaces.embedded(dir.resolve("ws"), clock));
        cases = f.services.caseFiles();
        ledger = new LedgerQueries(f.services.database());
    }

    @AfterEach
    void close() {
        f.services.close();
    }

    private LegalOrderDetail handedOver() {
        LegalOrderDetail order = f.approved();
        f.services.legalOrders().disclose(f.olivia, order.id(), dir.resolve("handover.json"));
        return order;
    }

    private OpenedCase open(Path file, char[] passphrase) throws Exception {
        return new CaseFileReader(null).open(file, passphrase);
    }

    @Test
    void aLegalOrderGoesToItsAuthorityOnTheOrdersBasisAndOpensWithoutTheWorkspace() throws Exception {
        LegalOrderDetail order = handedOver();
        Path out = dir.resolve("order.custodia");

        CaseFileService.ExportedCase exported = cases.export(f.olivia, CaseKind.LEGAL_ORDER, String.valueOf(order.id()),
                null, out, null);

        assertThat(exported.ledgerEntries()).isEqualTo(1);
        AppendedEntry entry = ledger.entry(exported.disclosed().ledgerSeq()).orElseThrow();
        assertThat(entry.content().recipientKind()).isEqualTo(RecipientKind.AUTHORITY);
        assertThat(entry.content().recipientName()).isEqualTo("District Court of Springfield");
        assertThat(entry.content().basis()).isEqualTo(LegalBasis.LEGAL_ORDER);
        assertThat(entry.content().channel()).isEqualTo("case file");
        assertThat(entry.content().payloadSha256()).isEqualTo(DisclosureGate.sha256(Files.readAllBytes(out)));
        try (OpenedCase opened = open(out, null)) {
            assertThat(opened.seal().workspaceId()).isEqualTo(f.services.info().id());
            assertThat(opened.seal().exporter()).isEqualTo("olivia");
            assertThat(opened.seal().fingerprint()).isEqualTo(f.services.ledger().keyFingerprint());
            assertThat(opened.manifest().caseKind()).isEqualTo("legal-order");
            assertThat(opened.ledgerEntries()).extracting(ProvenLedgerEntry::seq).containsExactly(0L);
            assertThat(opened.ledgerEntries().get(0).fields()).containsEntry("recipientName",
                    "District Court of Springfield");
            assertThat(opened.caseJson()).hasValueSatisfying(json -> assertThat(json).contains("SUB-4711"));
            assertThat(opened.report()).hasValueSatisfying(pdf ->
                    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-"));
            assertThat(opened.payload(CaseFileNames.attachment(1))).hasValueSatisfying(copy ->
                    assertThat(new String(copy, StandardCharsets.UTF_8)).isEqualTo(LegalOrderFixture.COPY_TEXT));
            assertThat(opened.manifest().entries()).allSatisfy(e ->
                    assertThat(e.name()).matches("payload/(case\\.json|report\\.pdf|attachment-\\d+\\.bin)"));
        }
    }

    @Test
    void anOrderNotApprovedIsRefusedAndNothingIsRecordedOrWritten() {
        LegalOrderDetail order = f.enter(f.subpoena());
        long before = ledger.size();
        Path out = dir.resolve("order.custodia");

        assertThatThrownBy(() -> cases.export(f.olivia, CaseKind.LEGAL_ORDER, String.valueOf(order.id()), null, out,
                null)).isInstanceOf(DisclosureRefusedException.class).hasMessageContaining("not been approved");

        assertThat(ledger.size()).isEqualTo(before);
        assertThat(out).doesNotExist();
    }

    @Test
    void aSalesRepresentativeMayNotExportCases() {
        LegalOrderDetail order = handedOver();
        long before = ledger.size();

        assertThatThrownBy(() -> cases.export(f.sales, CaseKind.LEGAL_ORDER, String.valueOf(order.id()), null,
                dir.resolve("x.custodia"), null)).isInstanceOf(AccessDeniedException.class);
        assertThat(ledger.size()).isEqualTo(before);
    }

    @Test
    void anAccountingGoesToANamedReviewerEncryptedAndCarriesTheEntriesItStandsOn() throws Exception {
        handedOver();
        Path out = dir.resolve("accounting.custodia");

        assertThatThrownBy(() -> cases.export(f.olivia, CaseKind.ACCOUNTING, String.valueOf(f.ada), null, out, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Name the reviewer");
        CaseFileService.ExportedCase exported = cases.export(f.olivia, CaseKind.ACCOUNTING, String.valueOf(f.ada),
                new CaseRecipient("Internal audit", null), out, "reviewer passphrase".toCharArray());

        AppendedEntry entry = ledger.entry(exported.disclosed().ledgerSeq()).orElseThrow();
        assertThat(entry.content().basis()).isEqualTo(LegalBasis.INTERNAL_USE);
        assertThat(entry.content().recipientKind()).isEqualTo(RecipientKind.INTERNAL);
        assertThat(entry.content().recipientName()).isEqualTo("Internal audit");
        try (OpenedCase opened = open(out, "reviewer passphrase".toCharArray())) {
            assertThat(opened.encrypted()).isTrue();
            assertThat(opened.manifest().caseKind()).isEqualTo("accounting");
            assertThat(opened.report()).hasValueSatisfying(pdf ->
                    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-"));
            assertThat(opened.caseJson()).isPresent();
        }
    }

    @Test
    void reviewNotesComeBackAttachedToTheCaseOnce() throws Exception {
        LegalOrderDetail order = handedOver();
        Path out = dir.resolve("order.custodia");
        cases.export(f.olivia, CaseKind.LEGAL_ORDER, String.valueOf(order.id()),
                new CaseRecipient("Internal audit", null), out, null);
        try (OpenedCase opened = open(out, null)) {
            ReviewNotesFile.write(ReviewNotesFile.beside(out), ReviewNotes.empty(opened)
                    .with(new ReviewNotes.Note("ledger:0", ReviewNotes.Decision.ACCEPTED, "scope as approved", "rita",
                            "2026-02-02T10:00:00Z"))
                    .with(new ReviewNotes.Note("case", ReviewNotes.Decision.QUESTIONED, "deadline tight?", "rita",
                            "2026-02-02T10:05:00Z")));
        }

        CaseReviewService reviews = f.services.caseReviews();
        CaseReviewService.Imported first = reviews.importReview(f.olivia, out, ReviewNotesFile.beside(out));
        CaseReviewService.Imported again = reviews.importReview(f.olivia, out, ReviewNotesFile.beside(out));

        assertThat(first.added()).isEqualTo(2);
        assertThat(again.added()).isZero();
        assertThat(again.alreadyThere()).isEqualTo(2);
        assertThat(reviews.notes(f.olivia, CaseKind.LEGAL_ORDER, String.valueOf(order.id())))
                .extracting(CaseReviewService.AttachedNote::item, CaseReviewService.AttachedNote::decision)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ledger:0", "ACCEPTED"),
                        org.assertj.core.groups.Tuple.tuple("case", "QUESTIONED"));
        assertThatThrownBy(() -> reviews.importReview(f.sales, out, ReviewNotesFile.beside(out)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void notesAboutAnotherSealingAreRefused() throws Exception {
        LegalOrderDetail order = handedOver();
        Path first = dir.resolve("first.custodia");
        Path second = dir.resolve("second.custodia");
        CaseRecipient audit = new CaseRecipient("Internal audit", null);
        cases.export(f.olivia, CaseKind.LEGAL_ORDER, String.valueOf(order.id()), audit, first, null);
        f.clock.advance(java.time.Duration.ofMinutes(1));
        cases.export(f.olivia, CaseKind.LEGAL_ORDER, String.valueOf(order.id()), audit, second, null);
        try (OpenedCase opened = open(first, null)) {
            ReviewNotesFile.write(ReviewNotesFile.beside(first), ReviewNotes.empty(opened).with(new ReviewNotes.Note(
                    "case", ReviewNotes.Decision.NOTED, "", "rita", "2026-02-02T10:00:00Z")));
        }

        assertThatThrownBy(() -> f.services.caseReviews().importReview(f.olivia, second, ReviewNotesFile.beside(first)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another sealing");
    }
}
