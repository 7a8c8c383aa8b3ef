package com.custodia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bench prints one tab-separated line per figure with --tsv, and a table without it. */
class CliBenchTest {

    @TempDir
    Path dir;

    @Test
    void tsvHasOneLinePerFigureWithNameValueUnitAndRawValue() {
        CliRunner.Result bench = new CliRunner().run("bench", "--appends", "20", "--entries", "500",
                "--persons", "300", "--report-visits", "200", "--report-disclosures", "20", "--dir", dir.toString(), "--tsv");

        assertThat(bench.exitCode()).as(bench.toString()).isEqualTo(ExitCodes.OK);
        // the start of the console is timed only where a window can open (StartupBenchTest times it headless)
        int figures = com.custodia.service.bench.StartupBench.unavailable().isPresent() ? 18 : 19;
        assertThat(bench.out().lines()).hasSize(figures).allSatisfy(line ->
                assertThat(line).matches("[a-z0-9.]+\\t[0-9.]+\\t\\S+\\t[0-9.]*"));
        assertThat(bench.out()).contains("ledger.append\t").contains("ledger.verify\t")
                .contains("people.search.p95\t").contains("people.list.page.p95\t").contains("people.list.heap\t")
                .contains("import.persons\t").contains("import.persons.time\t").contains("requests.report\t")
                .contains("communications.audience\t");
        assertThat(bench.out()).as("a raw value where there is one").containsPattern("people.search.p95\t[0-9.]+\tms\t[0-9.]+");
    }

    @Test
    void theTableNamesTheTargetsAndRatios() {
        CliRunner.Result bench = new CliRunner().run("bench", "--appends", "20", "--entries", "500",
                "--persons", "300", "--report-visits", "200", "--report-disclosures", "20", "--dir", dir.toString());

        assertThat(bench.exitCode()).as(bench.toString()).isEqualTo(ExitCodes.OK);
        assertThat(bench.out()).contains("raw engine").contains("ratio").contains("≥ 2,000 entries/s")
                .contains("≤ 3 s for 1,000,000 entries").contains("People and import: 300 persons")
                .contains("≤ 50 ms, first 50 of 1,000,000").contains("≤ 100 ms at any position")
                .contains("≥ 100,000 rows/s, ≤ 1.5× raw");
        assertThat(bench.err()).as("progress on stderr").contains("appends");
    }
}
