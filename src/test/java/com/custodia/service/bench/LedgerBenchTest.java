package com.custodia.service.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.custodia.domain.Progress;
import com.custodia.support.TestWorkspaces;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger bench at a tiny size: every figure is produced, with its raw value, and nothing is left behind. */
class LedgerBenchTest {

    @TempDir
    Path dir;

    @Test
    void producesEveryLedgerFigureBesideTheRawEngineAndDeletesItsWorkspace() throws Exception {
        LedgerBench bench = new LedgerBench(Clock.systemUTC(), TestWorkspaces.FAST_HASHER, "bench-test");

        List<BenchFigure> figures = bench.run(new LedgerBench.Settings(30, 1_000, 1, dir), Progress.NONE);

        assertThat(figures).extracting(BenchFigure::name)
                .containsExactly("ledger.append", "ledger.append.first", "ledger.verify", "ledger.verify.rate",
                        "ledger.verify.first");
        assertThat(figures).allSatisfy(f -> {
            assertThat(f.value()).as(f.name()).isPositive();
            assertThat(f.rawValue()).as(f.name()).isNotNull().isPositive();
            assertThat(f.ratio()).as(f.name()).isNotNull().isPositive();
        });
        assertThat(figures.get(0).unit()).isEqualTo("entries/s");
        assertThat(figures.get(1).unit()).isEqualTo("entries/s");
        assertThat(figures.get(2).unit()).isEqualTo("s");
        assertThat(figures.get(4).unit()).isEqualTo("s");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).as("the temporary workspace is deleted").isEmpty();
        }
    }

    @Test
    void aLedgerTooSmallForTheAppendsIsRefusedBeforeAnythingIsMade() {
        assertThatThrownBy(() -> new LedgerBench.Settings(5_000, 5_050, 2, dir))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
