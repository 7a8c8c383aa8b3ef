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

/** The People bench at a tiny size: every figure is produced, beside the raw engine where there is one. */
class PeopleBenchTest {

    @TempDir
    Path dir;

    @Test
    void producesEveryPeopleFigureAndDeletesItsWorkspace() throws Exception {
        PeopleBench bench = new PeopleBench(Clock.systemUTC(), TestWorkspaces.FAST_HASHER, "bench-test");

        List<BenchFigure> figures = bench.run(new PeopleBench.Settings(400, 20, 20, dir), Progress.NONE);

        assertThat(figures).extracting(BenchFigure::name).containsExactly("people.search.p50", "people.search.p95",
                "people.list.first", "people.list.open", "people.list.page.start", "people.list.page.middle",
                "people.list.page.end", "people.list.page.p95", "people.list.heap", "communications.audience");
        assertThat(figures).allSatisfy(f -> assertThat(f.value()).as(f.name()).isPositive());
        assertThat(figures).filteredOn(f -> f.name().startsWith("people.search") || f.name().startsWith("people.list.page"))
                .allSatisfy(f -> {
                    assertThat(f.unit()).isEqualTo("ms");
                    assertThat(f.rawValue()).as(f.name()).isNotNull().isPositive();
                });
        assertThat(figures.get(figures.size() - 2).unit()).isEqualTo("MB");
        // the audience count agreed with the raw engine's single statement, or the bench would have failed
        assertThat(figures.get(figures.size() - 1).rawValue()).isNotNull().isPositive();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).as("the temporary workspace is deleted").isEmpty();
        }
    }

    @Test
    void percentilesAreNearestRankAndATinyBenchIsRefused() {
        assertThat(PeopleBench.percentile(new double[] {5, 1, 4, 2, 3}, 50)).isEqualTo(3);
        assertThat(PeopleBench.percentile(new double[] {5, 1, 4, 2, 3}, 95)).isEqualTo(5);
        assertThatThrownBy(() -> new PeopleBench.Settings(10, 20, 20, dir)).isInstanceOf(IllegalArgumentException.class);
    }
}
