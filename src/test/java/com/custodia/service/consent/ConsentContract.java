package com.custodia.service.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.custodia.domain.CampaignKind;
import com.custodia.domain.CampaignRunner;
import com.custodia.domain.ConsentStatus;
import com.custodia.domain.LegalBasis;
import com.custodia.domain.RecipientKind;
import com.custodia.domain.StatementMedium;
import com.custodia.domain.StatementStatus;
import com.custodia.ledger.AppendedEntry;
import com.custodia.service.Services;
import com.custodia.service.disclosure.Disclosed;
import com.custodia.service.disclosure.DisclosureGate;
import com.custodia.service.disclosure.DisclosureKind;
import com.custodia.service.disclosure.DisclosureRefusedException;
import com.custodia.service.disclosure.DisclosureRequest;
import com.custodia.service.disclosure.FileRelease;
import com.custodia.support.MutableClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Consents, receipts, policy versions, campaigns and statements end to end, on each engine: what
 * is recorded, what the gate allows, and what the ledger holds afterwards.
 */
abstract class ConsentContract {

    @TempDir Path dir;
    ConsentFixture f;

    protected abstract Services open(Path dir, MutableClock clock);

    @BeforeEach
    void create() {
        f = new ConsentFixture(clock -> open(dir, clock));
    }

    @AfterEach
    void close() {
        if (f != null) {
            f.services.close();
        }
    }

    // ---------------------------------------------------------------- Policy versions

    @Test
    void aNewPolicyVersionMarksExactlyTheConsentsGivenUnderOlderVersions() {
        long v1 = f.publishV1();
        long underV1 = f.consent(f.ada, "Acme Research");
        long withdrawnUnderV1 = f.consent(f.bob, "Acme Research");
        f.services.consents().withdraw(f.officer, withdrawnUnderV1, "email to privacy officer");

        PolicyPublication published = f.publishV2();
        long underV2 = f.consent(f.carol, "Acme Research");

        assertThat(published.markedForReconfirmation()).containsExactly(underV1);
        assertThat(f.services.consents().detail(f.officer, underV1).needsReconfirmation()).isTrue();
        assertThat(f.services.consents().detail(f.officer, withdrawnUnderV1).needsReconfirmation()).isFalse();
        assertThat(f.services.consents().detail(f.officer, underV2).needsReconfirmation()).isFalse();
        assertThat(f.services.consents().detail(f.officer, underV1).policyVersionId()).isEqualTo(v1);
        assertThat(f.services.consents().detail(f.officer, underV2).policyVersionLabel()).isEqualTo("2026-03");
        assertThat(f.services.consents().search(f.officer, new ConsentFilter(null, null, null, true, 100)))
                .extracting(ConsentService.ConsentView::id).containsExactly(underV1);
        assertThat(f.services.consents().search(f.officer, new ConsentFilter("SATISFACTION", ConsentStatus.WITHDRAWN,
                v1, false, 100))).extracting(ConsentService.ConsentView::id).containsExactly(withdrawnUnderV1);
    }

    @Test
    void theCurrentVersionIsTheLatestInEffectAndTheDiffShowsEveryLine() {
        assertThat(f.services.policyVersions().current()).isEmpty();
        long v1 = f.publishV1();
        long v2 = f.publishV2().version().id();
        // a version published today but effective next month is not current yet
        f.services.policyVersions().publish(f.officer, "2026-04", java.time.LocalDate.parse("2026-03-02"),
                java.time.LocalDate.parse("2026-04-01"), null, "Later text.\n");

        assertThat(f.services.policyVersions().current()).hasValueSatisfying(v -> {
            assertThat(v.id()).isEqualTo(v2);
            assertThat(v.textSha256()).isEqualTo(DisclosureGate.sha256(ConsentFixture.V2_TEXT.getBytes(
                    java.nio.charset.StandardCharsets.UTF_8)));
        });
        List<PolicyDiffLine> diff = f.services.policyVersions().diff(f.sales, v1, v2);
        assertThat(diff).extracting(PolicyDiffLine::kind, PolicyDiffLine::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(PolicyDiffLine.Kind.SAME, "We collect what you give us."),
                org.assertj.core.groups.Tuple.tuple(PolicyDiffLine.Kind.REMOVED, "We never sell it."),
                org.assertj.core.groups.Tuple.tuple(PolicyDiffLine.Kind.ADDED, "We never sell it, and never rent it."),
                org.assertj.core.groups.Tuple.tuple(PolicyDiffLine.Kind.SAME, "You may ask for a copy."),
                org.assertj.core.groups.Tuple.tuple(PolicyDiffLine.Kind.ADDED, "We keep a ledger of every disclosure."));
        assertThatThrownBy(() -> f.publishV1()).hasMessageContaining("exists already");
    }

    // ---------------------------------------------------------------- Receipts and withdrawal

    @Test
    void aReceiptCarriesEveryKantaraFieldAndTheLedgerHashesTheExactBytes() throws Exception {
        f.publishV1();
        byte[] form = "scanned signed form".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        long consent = f.services.consents().record(f.officer, ConsentDraft.of(f.ada, "satisfaction studies",
                Set.of("Acme Research"), Set.of("identity", "contact"), "signed paper form")
                .withEvidence("form-17.pdf", form));
        Path out = dir.resolve("receipt.json");

        Disclosed disclosed = f.services.consentReceipts().deliver(f.officer, consent, ReceiptFormat.JSON,
                new FileRelease(out));

        byte[] bytes = Files.readAllBytes(out);
        AppendedEntry entry = f.entry(disclosed.ledgerSeq());
        assertThat(entry.content().payloadSha256()).isEqualTo(DisclosureGate.sha256(bytes));
        assertThat(entry.content().recipientKind()).isEqualTo(RecipientKind.DATA_SUBJECT);
        assertThat(entry.content().basis()).isEqualTo(LegalBasis.CONSENT);
        assertThat(entry.content().reference()).isEqualTo(String.valueOf(consent));
        JsonNode json = new ObjectMapper().readTree(bytes);
        for (String field : List.of("version", "jurisdiction", "consentTimestamp", "collectionMethod",
                "consentReceiptID", "language", "piiPrincipalId", "piiControllers", "policyUrl", "services",
                "sensitive", "spiCat")) {
            assertThat(json.has(field)).as(field).isTrue();
        }
        assertThat(json.get("version").asText()).isEqualTo("KI-CR-v1.1.0");
        assertThat(json.get("consentTimestamp").asLong()).isEqualTo(ConsentFixture.START.getEpochSecond());
        assertThat(json.at("/piiControllers/0").has("piiController")).isTrue();
        JsonNode purpose = json.at("/services/0/purposes/0");
        for (String field : List.of("purpose", "purposeCategory", "consentType", "piiCategory", "primaryPurpose",
                "termination", "thirdPartyDisclosure", "thirdPartyName")) {
            assertThat(purpose.has(field)).as(field).isTrue();
        }
        assertThat(purpose.get("thirdPartyName").asText()).isEqualTo("Acme Research");
        assertThat(json.at("/custodia/evidenceSha256").asText()).isEqualTo(DisclosureGate.sha256(form));
        assertThat(json.at("/custodia/policyVersion").asText()).isEqualTo("2026-01");
        assertThat(f.services.consents().evidence(f.officer, consent)).isEqualTo(form);
    }

    @Test
    void aReceiptAsPdfIsReadableAndAlsoALedgerEntry() throws Exception {
        long consent = f.consent(f.ada, "Acme Research");
        Path out = dir.resolve("receipt.pdf");
        Disclosed disclosed = f.services.consentReceipts().deliver(f.officer, consent, ReceiptFormat.PDF,
                new FileRelease(out));
        byte[] bytes = Files.readAllBytes(out);
        assertThat(f.entry(disclosed.ledgerSeq()).content().payloadSha256()).isEqualTo(DisclosureGate.sha256(bytes));
        var reader = new com.lowagie.text.pdf.PdfReader(bytes);
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text).contains("Consent receipt").contains("satisfaction studies").contains("Acme Research")
                .contains("Ada Lovelace");
    }

    @Test
    void withdrawalTakesEffectAtOnceInTheDisclosureRules() {
        long consent = f.consent(f.ada, "Acme Research");
        DisclosureRequest toAcme = new DisclosureRequest(DisclosureKind.PERSON_EXPORT, RecipientKind.THIRD_PARTY,
                "Acme Research", null, LegalBasis.CONSENT, null, Set.of(f.ada), List.of("identity", "contact"),
                List.of("email"), "satisfaction study", "file", null, null);
        assertThat(f.services.disclosures().check(f.officer, toAcme).allowed()).isTrue();

        ConsentService.ConsentView withdrawn = f.services.consents().withdraw(f.officer, consent, "phone call");

        assertThat(withdrawn.status()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.withdrawalMethod()).isEqualTo("phone call");
        var decision = f.services.disclosures().check(f.officer, toAcme);
        assertThat(decision.allowed()).isFalse();
        assertThat(decision.reason()).contains("No active consent");
        // the person may still have the receipt of the consent they withdrew
        assertThat(f.services.consentReceipts().check(f.officer, consent).allowed()).isTrue();
    }

    @Test
    void anExpiredConsentNoLongerCoversADisclosure() {
        long consent = f.services.consents().record(f.officer, ConsentDraft.of(f.ada, "studies", Set.of("Acme"),
                Set.of("contact"), "web form").withExpiry(ConsentFixture.START.plus(Duration.ofDays(30))));
        DisclosureRequest toAcme = new DisclosureRequest(DisclosureKind.PERSON_EXPORT, RecipientKind.THIRD_PARTY,
                "Acme", null, LegalBasis.CONSENT, null, Set.of(f.ada), List.of("contact"), List.of("email"),
                "study", "file", null, null);
        assertThat(f.services.disclosures().check(f.officer, toAcme).allowed()).isTrue();
        f.clock.advance(Duration.ofDays(31));
        assertThat(f.services.disclosures().check(f.officer, toAcme).allowed()).isFalse();
        assertThat(consent).isPositive();
    }

    // ---------------------------------------------------------------- Statements

    @Test
    void publishingIsRefusedWithoutMatchingConsentEachWithItsReason() {
        long st = f.statement(f.ada, StatementMedium.WEBSITE, null);
        StatementService statements = f.services.statements();

        assertRefused(st, StatementMedium.WEBSITE, "No consent to publish statement " + st);

        statements.recordConsent(f.officer, st, StatementMedium.CASE_STUDY, "email reply", null, null, null);
        assertRefused(st, StatementMedium.WEBSITE, "not in website");

        long website = statements.recordConsent(f.officer, st, StatementMedium.WEBSITE, "email reply",
                ConsentFixture.START.plus(Duration.ofDays(10)), null, null);
        statements.edit(f.sales, st, "Custodia made our audit a one-afternoon job.");
        assertRefused(st, StatementMedium.WEBSITE, "earlier text");

        long renewed = statements.recordConsent(f.officer, st, StatementMedium.WEBSITE, "email reply",
                ConsentFixture.START.plus(Duration.ofDays(10)), null, null);
        f.services.consents().withdraw(f.officer, renewed, "email");
        assertRefused(st, StatementMedium.WEBSITE, "withdrew consent " + renewed);

        long expiring = statements.recordConsent(f.officer, st, StatementMedium.CASE_STUDY, "email reply",
                ConsentFixture.START.plus(Duration.ofDays(5)), null, null);
        f.clock.advance(Duration.ofDays(6));
        assertRefused(st, StatementMedium.CASE_STUDY, "Consent " + expiring + " expired");

        assertThat(website).isPositive();
        assertThat(f.entries()).noneMatch(e -> e.content().recipientKind() == RecipientKind.PUBLIC);
    }

    private void assertRefused(long statement, StatementMedium medium, String reason) {
        assertThat(f.services.statements().check(f.officer, statement, medium).reason()).contains(reason);
        assertThatThrownBy(() -> f.services.statements().publish(f.officer, statement, medium, "https://example.com/x"))
                .isInstanceOf(DisclosureRefusedException.class).hasMessageContaining(reason);
    }

    @Test
    void eachPublicationIsExactlyOneLedgerEntryOverTheTextWithAttributionAndIncentive() {
        long st = f.statement(f.ada, StatementMedium.WEBSITE, "a conference ticket");
        f.services.statements().askForConsent(f.sales, st);
        long consent = f.services.statements().recordConsent(f.officer, st, StatementMedium.WEBSITE, "signed form",
                null, null, null);
        assertThat(f.services.statements().detail(f.officer, st).status()).isEqualTo("APPROVED");
        int before = f.entries().size();

        StatementService.Published first = f.services.statements().publish(f.officer, st, StatementMedium.WEBSITE,
                "https://example.com/customers");
        StatementService.Published second = f.services.statements().publish(f.officer, st, StatementMedium.WEBSITE,
                "https://example.com/home");

        assertThat(f.entries()).hasSize(before + 2);
        String text = new String(first.text(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).contains("Custodia made our audit a one-day job.").contains("Ada Lovelace, Analytical Ltd")
                .contains("Disclosure: the author received a conference ticket");
        AppendedEntry entry = f.entry(first.ledgerSeq());
        assertThat(entry.content().recipientKind()).isEqualTo(RecipientKind.PUBLIC);
        assertThat(entry.content().recipientName()).isEqualTo("the public (website)");
        assertThat(entry.content().reference()).isEqualTo(String.valueOf(consent));
        assertThat(entry.content().payloadSha256()).isEqualTo(DisclosureGate.sha256(first.text()));
        assertThat(second.ledgerSeq()).isEqualTo(first.ledgerSeq() + 1);
        StatementView view = f.services.statements().detail(f.officer, st);
        assertThat(view.status()).isEqualTo("PUBLISHED");
        assertThat(view.publications()).isEqualTo(2);
    }

    @Test
    void editingTheTextAfterConsentSendsItBackToAwaitingConsent() {
        long st = f.statement(f.ada, StatementMedium.WEBSITE, null);
        f.services.statements().recordConsent(f.officer, st, StatementMedium.WEBSITE, "signed form", null, null, null);
        assertThat(f.services.statements().detail(f.sales, st).status()).isEqualTo("APPROVED");

        StatementView edited = f.services.statements().edit(f.sales, st, "Custodia changed how we audit.");

        assertThat(edited.status()).isEqualTo(StatementStatus.AWAITING_CONSENT.name());
        assertThat(edited.publishable()).isFalse();
        assertThat(edited.consentState()).contains("earlier text");
    }

    @Test
    void withdrawalGivesTheTakeDownListOfEveryPlaceItWasPublished() {
        long st = f.statement(f.ada, StatementMedium.WEBSITE, null);
        StatementService statements = f.services.statements();
        statements.recordConsent(f.officer, st, StatementMedium.WEBSITE, "signed form", null, null, null);
        statements.recordConsent(f.officer, st, StatementMedium.CASE_STUDY, "signed form", null, null, null);
        long a = statements.publish(f.officer, st, StatementMedium.WEBSITE, "https://example.com/customers").ledgerSeq();
        long b = statements.publish(f.officer, st, StatementMedium.CASE_STUDY, "Case study: Analytical Ltd").ledgerSeq();

        TakeDownList list = statements.withdraw(f.officer, st, "email to privacy officer");

        assertThat(list.places()).extracting(TakeDownList.Place::medium, TakeDownList.Place::place,
                TakeDownList.Place::ledgerSeq).containsExactly(
                org.assertj.core.groups.Tuple.tuple("WEBSITE", "https://example.com/customers", a),
                org.assertj.core.groups.Tuple.tuple("CASE_STUDY", "Case study: Analytical Ltd", b));
        assertThat(statements.detail(f.officer, st).status()).isEqualTo("WITHDRAWN");
        assertThat(f.services.consents().ofPerson(f.officer, f.ada)).allMatch(c -> c.status().equals("WITHDRAWN"));
        assertThatThrownBy(() -> statements.publish(f.officer, st, StatementMedium.WEBSITE, "https://example.com"))
                .isInstanceOf(DisclosureRefusedException.class).hasMessageContaining("withdrawn");
    }

    @Test
    void statementsAreListedWithTheirConsentStateAtAGlance() {
        long draft = f.statement(f.ada, StatementMedium.WEBSITE, null);
        long approved = f.statement(f.bob, StatementMedium.CASE_STUDY, "a mug");
        f.services.statements().recordConsent(f.officer, approved, StatementMedium.CASE_STUDY, "form", null, null,
                null);

        List<StatementView> all = f.services.statements().list(f.sales, null, null);
        List<StatementView> approvedOnly = f.services.statements().list(f.sales, StatementStatus.APPROVED, null);
        List<StatementView> ofAda = f.services.statements().list(f.sales, null, f.ada);

        assertThat(all).extracting(StatementView::id).containsExactlyInAnyOrder(draft, approved);
        assertThat(approvedOnly).singleElement().satisfies(v -> {
            assertThat(v.publishable()).isTrue();
            assertThat(v.consentState()).contains("covers this text in case study");
            assertThat(v.personName()).isEqualTo("Bob Babbage");
            assertThat(v.incentive()).isEqualTo("a mug");
        });
        assertThat(ofAda).singleElement().satisfies(v -> assertThat(v.consentState()).contains("No consent"));
    }

    // ---------------------------------------------------------------- Campaigns

    @Test
    void pickingContactsFollowsTheCommunicationsRules() {
        long campaign = f.services.campaigns().create(f.officer, new CampaignDraft("Spring survey",
                CampaignKind.SATISFACTION_SURVEY, CampaignRunner.VENDOR, "Customer success team", "satisfaction survey"));

        ContactPick pick = f.services.campaigns().pick(f.officer, campaign, Set.of(f.ada, f.bob, f.carol, f.dan));

        assertThat(pick.picked()).containsExactlyInAnyOrder(f.ada, f.carol);
        assertThat(pick.excluded()).extracting(ContactPick.Excluded::personId).containsExactlyInAnyOrder(f.bob, f.dan);
        assertThat(pick.excluded()).filteredOn(e -> e.personId() == f.bob).first()
                .satisfies(e -> assertThat(e.reason()).contains("declined"));
        assertThat(pick.excluded()).filteredOn(e -> e.personId() == f.dan).first()
                .satisfies(e -> assertThat(e.reason()).contains("point of contact"));
        // a vendor-run campaign keeps its contacts inside
        assertThatThrownBy(() -> f.services.campaigns().handOver(f.officer, campaign, bytes -> { }))
                .isInstanceOf(DisclosureRefusedException.class).hasMessageContaining("nothing is handed over");
    }

    @Test
    void aPartnerRunCampaignGetsItsContactsOnlyWithConsentNamingThePartner() throws Exception {
        long campaign = f.services.campaigns().create(f.officer, new CampaignDraft("Testimonials 2026",
                CampaignKind.TESTIMONIAL_REQUEST, CampaignRunner.PARTNER, "Globex Resellers", "testimonial request"));
        f.services.campaigns().pick(f.officer, campaign, Set.of(f.ada, f.carol));
        f.consent(f.ada, "Globex Resellers");
        int before = f.entries().size();

        assertThatThrownBy(() -> f.services.campaigns().handOver(f.officer, campaign, bytes -> { }))
                .isInstanceOf(DisclosureRefusedException.class)
                .hasMessageContaining("Globex Resellers").hasMessageContaining(String.valueOf(f.carol));
        assertThat(f.entries()).hasSize(before);

        f.consent(f.carol, "Globex Resellers");
        Path out = dir.resolve("contacts.csv");
        Disclosed disclosed = f.services.campaigns().handOver(f.officer, campaign, new FileRelease(out));

        assertThat(f.entry(disclosed.ledgerSeq()).content().payloadSha256())
                .isEqualTo(DisclosureGate.sha256(Files.readAllBytes(out)));
        assertThat(f.entry(disclosed.ledgerSeq()).content().recipientName()).isEqualTo("Globex Resellers");
        assertThat(Files.readString(out)).contains("ada@example.com").contains("carol@example.com");
        assertThat(f.services.campaigns().detail(f.officer, campaign).handedOverSeq()).isEqualTo(disclosed.ledgerSeq());
        assertThat(f.services.campaigns().list(f.sales)).singleElement().satisfies(c -> {
            assertThat(c.contacts()).isEqualTo(2);
            assertThat(c.runBy()).isEqualTo("PARTNER");
        });
        assertThat(f.services.campaigns().contacts(f.officer, campaign)).containsExactlyInAnyOrder(f.ada, f.carol);
        assertThatThrownBy(() -> f.services.campaigns().pick(f.officer, campaign, Set.of(f.bob)))
                .hasMessageContaining("handed over already");
    }
}
