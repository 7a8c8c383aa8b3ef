package com.custodia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar as users run it, with no display: {@code java -jar target/custodia.jar}. Runs
 * in {@code mvn verify} (failsafe, after package); when the jar has not been built, as in a plain
 * {@code mvn test} with a pattern that picks this class up, it is skipped with a reason.
 */
class CliJarIT {

    private static final Path JAR = Path.of("target", "custodia.jar");

    @TempDir
    Path dir;

    @BeforeAll
    static void jarIsBuilt() {
        Assumptions.assumeTrue(Files.isRegularFile(JAR),
                "target/custodia.jar is not built; this test runs in mvn verify after package");
    }

    @Test
    void helpListsTheCommands() throws Exception {
        Processes.Outcome help = runJar("--help");

        assertThat(help.exitCode()).as(help.toString()).isZero();
        assertThat(help.out()).as(help.toString()).contains("Usage: custodia").containsPattern("(?m)^  init ")
                .containsPattern("(?m)^  demo ");
    }

    @Test
    void versionIsPrinted() throws Exception {
        Processes.Outcome version = runJar("--version");

        assertThat(version.exitCode()).as(version.toString()).isZero();
        assertThat(version.out().strip()).as(version.toString()).matches("Custodia \\d+\\.\\d+\\.\\d+.*");
    }

    @Test
    void anUnknownOptionEndsWithTheUsageCode() throws Exception {
        Processes.Outcome unknown = runJar("--no-such-option");

        assertThat(unknown.exitCode()).as(unknown.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err()).contains("Unknown option");
    }

    private Processes.Outcome runJar(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Processes.java().toString(), "-jar",
                JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return Processes.run(dir, Map.of("CUSTODIA_HOME", dir.resolve("home").toString()), command);
    }
}
