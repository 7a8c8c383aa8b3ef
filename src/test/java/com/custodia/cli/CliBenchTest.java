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
                "--persons", "3000", "--dir", dir.toString(), "--tsv");

        assertThat(bench.exitCode()).as(bench.toString()).isEqualTo(ExitCodes.OK);
        assertThat(bench.out().lines()).hasSize(5).allSatisfy(line ->
                assertThat(line).matches("[a-z.]+\\t[0-9.]+\\t\\S+\\t[0-9.]+"));
        assertThat(bench.out()).contains("ledger.append\t").contains("ledger.verify\t")
                .contains("import.persons\t").contains("import.persons.time\t");
    }

    @Test
    void theTableNamesTheTargetsAndRatios() {
        CliRunner.Result bench = new CliRunner().run("bench", "--appends", "20", "--entries", "500",
                "--persons", "3000", "--dir", dir.toString());

        assertThat(bench.exitCode()).as(bench.toString()).isEqualTo(ExitCodes.OK);
        assertThat(bench.out()).contains("raw engine").contains("ratio").contains("≥ 2,000 entries/s")
                .contains("≤ 3 s for 1,000,000 entries").contains("≥ 100,000 rows/s, ≤ 1.5× raw");
        assertThat(bench.err()).as("progress on stderr").contains("appends");
    }
}
