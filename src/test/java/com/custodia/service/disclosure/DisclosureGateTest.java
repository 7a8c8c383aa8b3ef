package com.custodia.service.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.custodia.domain.LegalBasis;
import com.custodia.domain.PersonKind;
import com.custodia.domain.Progress;
import com.custodia.domain.RecipientKind;
import com.custodia.domain.Role;
import com.custodia.domain.SecurityEventKind;
import com.custodia.ledger.AppendedEntry;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.service.people.NewPerson;
import com.custodia.service.people.PersonExportService;
import com.custodia.service.security.AccessDeniedException;
import com.custodia.support.MutableClock;
import com.custodia.support.TestWorkspaces;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate end to end on an encrypted workspace: rules, roles, ledger first, then the file. */
class DisclosureGateTest {

    @TempDir
    Path dir;
    Services services;
    Principal officer;
    Principal admin;
    long ada;
    long bob;

    @BeforeEach
    void workspaceWithTwoPersons() {
        services = TestWorkspaces.embedded(dir.resolve("ws"), new MutableClock());
        admin = services.auth().login(TestWorkspaces.ADMIN, TestWorkspaces.ADMIN_PASSWORD.toCharArray()).principal();
        officer = TestWorkspaces.principal(50, "officer", Role.PRIVACY_OFFICER);
        ada = services.people().create(officer, new NewPerson(PersonKind.CUSTOMER, "Ada", "Lovelace", "Analytical Ltd",
                "ada@example.com", "=1+2", "1 Byron St", "London", "N1", "GB", "en"));
        bob = services.people().create(officer, new NewPerson(PersonKind.CUSTOMER, "Bob", "Babbage", "@Engines",
                "bob@example.com", null, null, "Cambridge", null, "GB", "en"));
    }

    @AfterEach
    void close() {
        services.close();
    }

    PersonExportService.Recipient acme() {
        return new PersonExportService.Recipient(RecipientKind.THIRD_PARTY, "Acme Research", null, LegalBasis.CONSENT,
                null, "satisfaction study");
    }

    @Test
    void exportWithoutConsentIsRefusedAndLeavesNoFileAndNoEntry() {
        Path out = dir.resolve("out.csv");
        assertThatThrownBy(() -> services.personExport().export(officer, Set.of(ada), acme(), out, Progress.NONE))
                .isInstanceOf(DisclosureRefusedException.class)
                .hasMessageContaining("No active consent covers recipient 'Acme Research'")
                .hasMessageContaining("person " + ada);
        assertThat(out).doesNotExist();
        assertThat(services.ledger().store().head().size()).isZero();
        assertThat(services.securityEvents().newest(admin, 5)).anySatisfy(e ->
                assertThat(e.kind()).isEqualTo(SecurityEventKind.DISCLOSURE_REFUSED));
    }

    @Test
    void exportWithConsentWritesTheFileAfterItsLedgerEntryWithTheFilesHash() throws Exception {
        for (long person : List.of(ada, bob)) {
            services.consents().record(officer, person, "studies", Set.of("Acme Research"),
                    Set.copyOf(PersonExportService.CATEGORIES), "signed form");
        }
        Path out = dir.resolve("out.csv");
        Disclosed disclosed = services.personExport().export(officer, Set.of(), acme(), out, Progress.NONE);

        byte[] file = Files.readAllBytes(out);
        assertThat(DisclosureGate.sha256(file)).isEqualTo(disclosed.payloadSha256());
        AppendedEntry entry = services.ledger().store().entries(disclosed.ledgerSeq(), 1).get(0);
        assertThat(entry.content().payloadSha256()).isEqualTo(disclosed.payloadSha256());
        assertThat(entry.content().recipientName()).isEqualTo("Acme Research");
        assertThat(entry.content().personCount()).isEqualTo(2);
        assertThat(services.ledger().store().personsOf(entry.seq())).containsExactly(ada, bob);
        // the export was followed by a signed checkpoint, and the ledger verifies
        assertThat(services.ledger().verify(officer, Progress.NONE).ok()).isTrue();
        assertThat(services.ledger().store().checkpoints(services.info().id())).isNotEmpty();

        String csv = new String(file, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("external_id,kind,first_name,last_name,email,phone,company");
        assertThat(csv).contains("'=1+2").contains("'@Engines").doesNotContain(",=1+2");
    }

    @Test
    void withdrawnConsentTakesEffectAtOnce() {
        long consent = services.consents().record(officer, ada, "studies", Set.of("Acme Research"),
                Set.copyOf(PersonExportService.CATEGORIES), null);
        services.consents().withdraw(officer, consent);
        assertThatThrownBy(() -> services.personExport().export(officer, Set.of(ada), acme(), dir.resolve("x.csv"), Progress.NONE))
                .isInstanceOf(DisclosureRefusedException.class);
    }

    @Test
    void aSalesRepresentativeCannotExport() {
        Principal sales = TestWorkspaces.principal(60, "sales", Role.SALES_REPRESENTATIVE);
        Path out = dir.resolve("out.csv");
        assertThatThrownBy(() -> services.personExport().export(sales, Set.of(ada), acme(), out, Progress.NONE))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(out).doesNotExist();
    }

    @Test
    void aFailedAppendReleasesNothing() {
        services.ledger().store().database().fromConnection(c -> {
            try (var st = c.createStatement()) {
                st.execute("ALTER TABLE ledger_record ADD CONSTRAINT injected_failure CHECK (seq < 0)");
            }
            return null;
        });
        var internal = new PersonExportService.Recipient(RecipientKind.INTERNAL, "Audit team", null,
                LegalBasis.INTERNAL_USE, null, "quality review");
        Path out = dir.resolve("out.csv");
        boolean[] shown = {false};
        assertThatThrownBy(() -> services.personExport().export(officer, Set.of(ada), internal, out, Progress.NONE))
                .isInstanceOf(DisclosureFailedException.class).hasMessageContaining("nothing was handed over");
        assertThatThrownBy(() -> services.disclosures().disclose(officer, new DisclosureRequest(DisclosureKind.PERSON_EXPORT,
                RecipientKind.INTERNAL, "Audit team", null, LegalBasis.INTERNAL_USE, null, Set.of(ada),
                List.of("contact"), List.of("email"), "quality review", "screen", null, null),
                "ada@example.com".getBytes(StandardCharsets.UTF_8), bytes -> shown[0] = true))
                .isInstanceOf(DisclosureFailedException.class);
        assertThat(out).doesNotExist();
        assertThat(shown[0]).as("nothing shown").isFalse();
        assertThat(services.ledger().store().head().size()).isZero();
    }
}
