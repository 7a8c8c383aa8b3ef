package com.custodia.service.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.Progress;
import com.custodia.service.auth.PasswordHasher;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start of the console timed as {@code bench} times it, in processes of their own, on the
 * headless toolkit the FX tests use: the console must reach its sign-in screen (not first run,
 * since the bench's workspace is remembered) and say so, and so must the baseline window.
 */
class StartupBenchTest {

    @TempDir
    Path dir;

    @Test
    void theConsoleAndTheBaselineAreStartedAndTimedToTheirFirstScreen() {
        StartupBench bench = new StartupBench(Clock.systemUTC(), PasswordHasher.forTestsOnly(1_000), "test-station",
                List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                        "-Dprism.text=t2k", "-Djava.awt.headless=true"));

        List<BenchFigure> figures = bench.run(dir, Progress.NONE);

        assertThat(figures).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("startup.login");
            assertThat(f.unit()).isEqualTo("s");
            assertThat(f.value()).as("the console").isPositive().isLessThan(StartupBench.TIMEOUT_SECONDS);
            assertThat(f.rawValue()).as("the bare toolkit").isPositive();
            assertThat(f.target()).contains("login window");
        });
        assertThat(dir.toFile().list()).as("the throw-away home is gone").isEmpty();
    }
}
