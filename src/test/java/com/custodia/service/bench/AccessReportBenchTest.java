package com.custodia.service.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.Progress;
import com.custodia.support.TestWorkspaces;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The access-report bench at a small size: the figure is produced beside the raw engine and nothing is left. */
class AccessReportBenchTest {

    @TempDir
    Path dir;

    @Test
    void producesTheReportFigureAndDeletesItsWorkspace() throws Exception {
        List<BenchFigure> figures = new AccessReportBench(Clock.systemUTC(), TestWorkspaces.FAST_HASHER, "bench-test")
                .run(500, 50, dir, Progress.NONE);

        assertThat(figures).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("requests.report");
            assertThat(f.value()).isPositive();
            assertThat(f.rawValue()).isPositive();
        });
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }
}
