package com.custodia.service.requests;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.casefile.CaseFileReader;
import com.custodia.casefile.OpenedCase;
import com.custodia.casefile.ProvenLedgerEntry;
import com.custodia.service.casefile.CaseKind;
import com.custodia.service.casefile.CaseRecipient;
import com.custodia.service.disclosure.Disclosed;
import com.custodia.support.TestWorkspaces;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An access request with its delivered report exported as a case file, and opened without the workspace. */
class RequestCaseFileTest {

    @TempDir
    Path dir;
    RequestFixture f;

    @BeforeEach
    void workspace() {
        f = new RequestFixture(clock -> TestWorkspaces.embedded(dir.resolve("ws"), clock));
    }

    @AfterEach
    void close() {
        f.services.close();
    }

    @Test
    void anAccessRequestCarriesItsDeliveredReportProvenInTheSignedLedger() throws Exception {
        long id = f.confirmedAccess();
        AtomicReference<byte[]> sink = new AtomicReference<>();
        Disclosed report = f.services.accessReports().deliver(f.olivia, id, ReportFormat.JSON, "email", sink::set);
        Path out = dir.resolve("request.custodia");

        f.services.caseFiles().export(f.olivia, CaseKind.REQUEST, String.valueOf(id),
                new CaseRecipient("Internal audit", null), out, null);

        try (OpenedCase opened = new CaseFileReader(null).open(out, null)) {
            assertThat(opened.manifest().caseKind()).isEqualTo("request");
            assertThat(opened.ledgerEntries()).extracting(ProvenLedgerEntry::seq).containsExactly(report.ledgerSeq());
            assertThat(opened.caseJson()).hasValueSatisfying(json -> assertThat(json).contains("ACCESS"));
        }
    }
}
