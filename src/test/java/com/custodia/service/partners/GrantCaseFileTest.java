package com.custodia.service.partners;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.casefile.CaseFileReader;
import com.custodia.casefile.OpenedCase;
import com.custodia.casefile.ProvenLedgerEntry;
import com.custodia.domain.LegalBasis;
import com.custodia.ledger.LedgerQueries;
import com.custodia.service.casefile.CaseFileService;
import com.custodia.service.casefile.CaseKind;
import com.custodia.service.casefile.CaseRecipient;
import com.custodia.support.TestWorkspaces;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A partner grant with its disclosures exported as a case file for a reviewer, and opened without the workspace. */
class GrantCaseFileTest {

    @TempDir
    Path dir;
    PartnerFixture f;

    @BeforeEach
    void workspace() {
        f = new PartnerFixture(clock -> TestWorkspaces.embedded(dir.resolve("ws"), clock));
    }

    @AfterEach
    void close() {
        f.services.close();
    }

    @Test
    void aGrantCarriesItsLookupsProvenInTheSignedLedger() throws Exception {
        GrantView grant = f.adaToNorthwind();
        LookupAnswer first = f.services.licenseLookup().lookup(f.pat, "Northwind Resellers", PartnerFixture.ADA_DESK, Set.of());
        LookupAnswer second = f.services.licenseLookup().lookup(f.pat, "Northwind Resellers", PartnerFixture.ADA_SERVER,
                Set.of());
        Path out = dir.resolve("grant.custodia");

        CaseFileService.ExportedCase exported = f.services.caseFiles().export(f.olivia, CaseKind.GRANT,
                String.valueOf(grant.id()), new CaseRecipient("Partner audit", null), out, null);

        assertThat(new LedgerQueries(f.services.database()).entry(exported.disclosed().ledgerSeq()).orElseThrow()
                .content().basis()).isEqualTo(LegalBasis.INTERNAL_USE);
        try (OpenedCase opened = new CaseFileReader(null).open(out, null)) {
            assertThat(opened.manifest().caseKind()).isEqualTo("grant");
            assertThat(opened.ledgerEntries()).extracting(ProvenLedgerEntry::seq)
                    .containsExactly(first.ledgerSeq(), second.ledgerSeq());
            assertThat(opened.ledgerEntries()).allMatch(e -> e.fields().get("recipientName").equals("Northwind Resellers"));
            assertThat(opened.caseJson()).hasValueSatisfying(json -> assertThat(json)
                    .contains("Northwind Resellers").contains("\"scope\" : \"CUSTOMERS\"").contains("license_key"));
        }
    }
}
