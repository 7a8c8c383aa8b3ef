package com.custodia.service.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.custodia.domain.LegalBasis;
import com.custodia.domain.PersonKind;
import com.custodia.domain.Progress;
import com.custodia.domain.RecipientKind;
import com.custodia.domain.Role;
import com.custodia.ledger.AppendedEntry;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.service.disclosure.Disclosed;
import com.custodia.service.disclosure.DisclosureGate;
import com.custodia.service.disclosure.DisclosureRefusedException;
import com.custodia.service.people.NewPerson;
import com.custodia.service.security.AccessDeniedException;
import com.custodia.support.MutableClock;
import com.custodia.support.TestWorkspaces;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The accounting of disclosures on an encrypted workspace: what it lists, summarises, holds back and delivers. */
class AccountingServiceTest {

    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock();
    Services services;
    Disclosures ledger;
    final Principal officer = TestWorkspaces.principal(50, "officer", Role.PRIVACY_OFFICER);
    final Principal sales = TestWorkspaces.principal(60, "sales", Role.SALES_REPRESENTATIVE);
    long ada;
    long bob;

    @BeforeEach
    void workspaceWithTwoPersons() {
        services = TestWorkspaces.embedded(dir.resolve("ws"), clock);
        ledger = new Disclosures(services, clock);
        ada = services.people().create(officer, new NewPerson(PersonKind.CUSTOMER, "Zoë", "Łukasiewicz", null,
                "zoe@example.com", null, null, "Kraków", null, "PL", "pl"));
        bob = services.people().create(officer, new NewPerson(PersonKind.CUSTOMER, "Bob", "Babbage", null,
                "bob@example.com", null, null, "Cambridge", null, "GB", "en"));
    }

    @AfterEach
    void close() {
        services.close();
    }

    Accounting accountingOf(long person) {
        return services.accounting().of(officer, person);
    }

    @Test
    void theAccountingOfAPersonListsOnlyTheirDisclosures() {
        ledger.draft().to("Acme Research").about(ada).append();
        ledger.draft().to("Beta Analytics").about(bob).append();
        ledger.draft().to("Gamma Mail").purpose("newsletter delivery").about(ada, bob).append();

        Accounting accounting = accountingOf(ada);

        assertThat(accounting.personId()).isEqualTo(ada);
        assertThat(accounting.personName()).isEqualTo("Zoë Łukasiewicz");
        assertThat(accounting.generatedAt()).isEqualTo(clock.instant());
        assertThat(accounting.lines()).extracting(Accounting.Line::recipientName).containsExactly("Acme Research", "Gamma Mail");
        assertThat(accounting.lines()).noneMatch(Accounting.Line::summarised);
        assertThat(accountingOf(bob).lines()).extracting(Accounting.Line::recipientName)
                .containsExactly("Beta Analytics", "Gamma Mail");
    }

    @Test
    void fiveDisclosuresToOneRecipientForOnePurposeBecomeOneSummarisedLine() {
        List<AppendedEntry> series = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            series.add(ledger.draft().to(i == 2 ? "ACME research " : "Acme Research").address("1 Lab Road, Leeds")
                    .about(ada).after(Duration.ofDays(7)).append());
        }
        ledger.draft().to("Acme Research").purpose("product recall notice").about(ada).append();

        Accounting accounting = accountingOf(ada);

        assertThat(accounting.lines()).hasSize(2);
        Accounting.Line line = accounting.lines().get(0);
        // the first in full
        assertThat(line.date()).isEqualTo(series.get(0).content().time());
        assertThat(line.recipientName()).isEqualTo("Acme Research");
        assertThat(line.recipientAddress()).isEqualTo("1 Lab Road, Leeds");
        assertThat(line.recipientKind()).isEqualTo(RecipientKind.THIRD_PARTY);
        assertThat(line.categories()).containsExactly("contact", "identity");
        assertThat(line.fields()).containsExactly("email", "first_name", "last_name");
        assertThat(line.purpose()).isEqualTo("satisfaction study");
        assertThat(line.basis()).isEqualTo(LegalBasis.CONSENT);
        assertThat(line.reference()).isEqualTo("consent-1");
        assertThat(line.ledgerSeq()).isEqualTo(series.get(0).seq());
        // then count, frequency and last date
        assertThat(line.series().count()).isEqualTo(5);
        assertThat(line.series().lastDate()).isEqualTo(series.get(4).content().time());
        assertThat(line.series().lastLedgerSeq()).isEqualTo(series.get(4).seq());
        assertThat(line.series().averageInterval()).isEqualTo(Duration.ofDays(7));
        assertThat(line.series().frequency()).isEqualTo("about once a week");
        // another purpose to the same recipient is another line
        assertThat(accounting.lines().get(1).purpose()).isEqualTo("product recall notice");
        assertThat(accounting.lines().get(1).series()).isNull();
    }

    @Test
    void anEntryUnderARunningNonNotificationPeriodIsHeldBackUntilItEnds() {
        ledger.draft().to("Acme Research").about(ada).append();
        Instant until = clock.instant().plus(Duration.ofDays(30));
        ledger.draft().kind(RecipientKind.AUTHORITY).to("District Court").basis(LegalBasis.LEGAL_ORDER)
                .purpose("judicial order 17/2026").about(ada).heldUntil(until).append();

        assertThat(accountingOf(ada).lines()).extracting(Accounting.Line::recipientName).containsExactly("Acme Research");
        assertThat(new String(services.accounting().json(accountingOf(ada)), StandardCharsets.UTF_8))
                .doesNotContain("District Court").doesNotContain("held");
        assertThat(services.ledgerReader().heldBack(officer, ada)).isEqualTo(1);

        clock.advance(Duration.ofDays(31));

        assertThat(accountingOf(ada).lines()).extracting(Accounting.Line::recipientName)
                .containsExactly("Acme Research", "District Court");
        assertThat(services.ledgerReader().heldBack(officer, ada)).isZero();
    }

    @Test
    void theJsonParsesBackWithEveryField() throws Exception {
        for (int i = 0; i < 3; i++) {
            ledger.draft().about(ada).after(Duration.ofDays(2)).append();
        }
        JsonNode root = new ObjectMapper().readTree(services.accounting().json(accountingOf(ada)));

        assertThat(root.fieldNames()).toIterable().containsExactly("format", "person", "generatedAt", "disclosures");
        assertThat(root.path("format").asText()).isEqualTo(AccountingJson.FORMAT);
        assertThat(root.path("person").path("id").asLong()).isEqualTo(ada);
        assertThat(root.path("person").path("name").asText()).isEqualTo("Zoë Łukasiewicz");
        assertThat(Instant.parse(root.path("generatedAt").asText())).isEqualTo(clock.instant());
        JsonNode line = root.path("disclosures").get(0);
        assertThat(line.fieldNames()).toIterable().containsExactly("date", "recipient", "categories", "fields", "purpose",
                "basis", "reference", "channel", "ledgerSeq", "series");
        assertThat(line.path("recipient").path("name").asText()).isEqualTo("Acme Research");
        assertThat(line.path("recipient").path("kind").asText()).isEqualTo("third-party");
        assertThat(line.path("recipient").path("address").isNull()).isTrue();
        assertThat(line.path("basis").asText()).isEqualTo("consent");
        assertThat(line.path("categories")).extracting(JsonNode::asText).containsExactly("contact", "identity");
        assertThat(line.path("series").path("count").asInt()).isEqualTo(3);
        assertThat(line.path("series").path("averageInterval").asText()).isEqualTo("PT48H");
        assertThat(line.path("series").path("frequency").asText()).isEqualTo("about every 2 days");
        Instant.parse(line.path("date").asText());
        Instant.parse(line.path("series").path("lastDate").asText());
    }

    @Test
    void thePdfIsAPdfThatNamesThePersonAndTheRecipient() throws Exception {
        for (int i = 0; i < 5; i++) {
            ledger.draft().about(ada).after(Duration.ofDays(7)).append();
        }
        byte[] pdf = services.accounting().pdf(accountingOf(ada));

        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        // the page total is drawn when the document closes, so extraction may break the line before it
        String text = textOf(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("Accounting of disclosures", "Zoë Łukasiewicz", "Acme Research", "satisfaction study",
                "Consent", "Repeated", "5 disclosures in all", "Page 1 of 1");
    }

    @Test
    void aLongPdfRepeatsTheTableHeaderAndNumbersItsPages() throws Exception {
        for (int i = 0; i < 40; i++) {
            ledger.draft().to("Recipient " + i).about(ada).append();
        }
        byte[] pdf = services.accounting().pdf(accountingOf(ada));
        PdfReader reader = new PdfReader(pdf);
        int pages = reader.getNumberOfPages();
        reader.close();
        String text = textOf(pdf).replaceAll("\\s+", " ");

        assertThat(pages).isGreaterThan(1);
        assertThat(text).contains("Page 2 of " + pages, "Recipient 0 ", "Recipient 39 ");
        // the header row is on every page
        assertThat(text.split("What was disclosed", -1)).hasSize(pages + 1);
    }

    @Test
    void anEmptyAccountingSaysSo() throws Exception {
        assertThat(accountingOf(bob).lines()).isEmpty();
        assertThat(textOf(services.accounting().pdf(accountingOf(bob)))).contains("No disclosure of personal data");
    }

    @Test
    void deliveringWritesTheFileAfterItsLedgerEntry() throws Exception {
        ledger.draft().about(ada).append();
        Path out = dir.resolve("accounting.pdf");

        Disclosed disclosed = services.accounting().deliver(officer, ada, AccountingFormat.PDF, out,
                AccountingService.Recipient.internalRecords("Privacy office"), Progress.NONE);

        AppendedEntry entry = services.ledger().store().entries(disclosed.ledgerSeq(), 1).get(0);
        assertThat(DisclosureGate.sha256(Files.readAllBytes(out))).isEqualTo(entry.content().payloadSha256())
                .isEqualTo(disclosed.payloadSha256());
        assertThat(entry.content().recipientKind()).isEqualTo(RecipientKind.INTERNAL);
        assertThat(entry.content().basis()).isEqualTo(LegalBasis.INTERNAL_USE);
        assertThat(entry.content().purpose()).isEqualTo(AccountingService.PURPOSE);
        assertThat(entry.content().channel()).isEqualTo("file");
        assertThat(entry.content().categories()).containsExactly("contact", "disclosure-accounting", "identity");
        assertThat(entry.content().fields()).containsExactlyInAnyOrderElementsOf(AccountingFormat.PDF.fields());
        assertThat(services.ledger().store().personsOf(entry.seq())).containsExactly(ada);
        // the delivery is itself a disclosure about the person, so the next accounting lists it
        assertThat(accountingOf(ada).lines()).extracting(Accounting.Line::purpose)
                .containsExactly("satisfaction study", AccountingService.PURPOSE);
        assertThat(services.ledgerReader().verify(officer, Progress.NONE).ok()).isTrue();
    }

    @Test
    void aSalesRepresentativeIsRefusedAndNoFileIsWritten() {
        ledger.draft().about(ada).append();
        Path out = dir.resolve("accounting.json");
        long before = services.ledger().store().head().size();

        assertThatThrownBy(() -> services.accounting().deliver(sales, ada, AccountingFormat.JSON, out,
                AccountingService.Recipient.internalRecords("Sales"), Progress.NONE))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> services.accounting().of(sales, ada)).isInstanceOf(AccessDeniedException.class);

        assertThat(out).doesNotExist();
        assertThat(services.ledger().store().head().size()).isEqualTo(before);
    }

    @Test
    void answeringThePersonIsRefusedUntilTheRequestIsRecorded() {
        Path out = dir.resolve("accounting.pdf");
        var toPerson = new AccountingService.Recipient(RecipientKind.DATA_SUBJECT, "Zoë Łukasiewicz", "zoe@example.com",
                LegalBasis.SUBJECT_REQUEST, null);

        assertThatThrownBy(() -> services.accounting().deliver(officer, ada, AccountingFormat.PDF, out, toPerson,
                Progress.NONE)).isInstanceOf(DisclosureRefusedException.class)
                .hasMessage("No access or correction request is referenced.");
        assertThat(out).doesNotExist();
        assertThat(services.ledger().store().head().size()).isZero();
    }

    @Test
    void anUnknownPersonIsAnInputError() {
        assertThatThrownBy(() -> accountingOf(9_999)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("There is no person with id 9999.");
    }

    static String textOf(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        try {
            StringBuilder text = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(extractor.getTextFromPage(page)).append('\n');
            }
            return text.toString();
        } finally {
            reader.close();
        }
    }
}
