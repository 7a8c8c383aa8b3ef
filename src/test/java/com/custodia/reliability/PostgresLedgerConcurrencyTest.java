package com.custodia.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.ConnectionProfile;
import com.custodia.domain.Progress;
import com.custodia.domain.Role;
import com.custodia.ledger.AppendedEntry;
import com.custodia.ledger.VerificationReport;
import com.custodia.service.Services;
import com.custodia.service.settings.AppDirs;
import com.custodia.service.workspace.WorkspaceService;
import com.custodia.support.TestWorkspaces;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many writers, one chain (DESIGN.md sections 5 and 9): two workstations (child JVMs, each with
 * its own signing key) of four threads each append 2,500 entries apiece to one PostgreSQL schema.
 * Afterwards the ledger holds 20,000 entries numbered without gaps, its head says so, and it
 * verifies, including the checkpoints each workstation signed with its own key.
 */
@Tag("postgres")
class PostgresLedgerConcurrencyTest {

    private static final int WORKSTATIONS = 2;
    private static final int THREADS = 4;
    private static final int PER_THREAD = 2_500;
    private static final int TOTAL = WORKSTATIONS * THREADS * PER_THREAD;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void twoWorkstationsOfFourWritersKeepOneIntactChain() throws Exception {
        ConnectionProfile.Server server = TestWorkspaces.freshPostgresSchema();
        WorkspaceService parent = new WorkspaceService(Clock.systemUTC(), TestWorkspaces.FAST_HASHER, "pg-parent",
                new AppDirs(dir.resolve("parent/config"), dir.resolve("parent/data")));
        char[] parentKey = "parent key passphrase".toCharArray();
        parent.initServer(server, TestWorkspaces.pgPassword(), parentKey, TestWorkspaces.admin(), Progress.NONE).close();

        long start = System.nanoTime();
        List<Process> children = new ArrayList<>();
        List<Path> outputs = new ArrayList<>();
        for (int w = 0; w < WORKSTATIONS; w++) {
            Path out = dir.resolve("child-" + w + ".txt");
            outputs.add(out);
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dcustodia.home=" + dir.resolve("workstation-" + w), "-Xmx512m", "-cp",
                    LedgerCrashTest.testClassPath(), PostgresLedgerAppender.class.getName(), server.schema(),
                    Integer.toString(THREADS), Integer.toString(PER_THREAD));
            builder.environment().keySet().removeIf(name -> name.startsWith("CUSTODIA_"));
            for (String name : List.of("CUSTODIA_TEST_PG_URL", "CUSTODIA_TEST_PG_USER", "CUSTODIA_TEST_PG_PASSWORD")) {
                String value = System.getenv(name);
                if (value != null) {
                    builder.environment().put(name, value);
                }
            }
            // each workstation has its own key, under its own passphrase
            builder.environment().put("CUSTODIA_PASSPHRASE", "workstation " + w + " key passphrase");
            builder.redirectErrorStream(true).redirectOutput(out.toFile());
            children.add(builder.start());
        }
        for (int w = 0; w < WORKSTATIONS; w++) {
            Process child = children.get(w);
            boolean finished = child.waitFor(12, TimeUnit.MINUTES);
            if (!finished) {
                children.forEach(Process::destroyForcibly);
            }
            String output = Files.readString(outputs.get(w));
            assertThat(finished).as("workstation %d finished; its output:%n%s", w, output).isTrue();
            assertThat(child.exitValue()).as("workstation %d; its output:%n%s", w, output).isZero();
            assertThat(output).contains("DONE " + THREADS * PER_THREAD);
        }
        System.out.printf("%d appends by %d workstations x %d threads took %.1f s%n", TOTAL, WORKSTATIONS, THREADS,
                (System.nanoTime() - start) / 1e9);

        try (Services services = parent.connect(server, TestWorkspaces.pgPassword(), parentKey, Progress.NONE)) {
            assertThat(services.ledger().store().head().size()).isEqualTo(TOTAL);
            List<AppendedEntry> entries = services.ledger().store().entries(0, TOTAL + 1);
            assertThat(entries).hasSize(TOTAL);
            for (int i = 0; i < TOTAL; i++) {
                assertThat(entries.get(i).seq()).as("entry at position %d", i).isEqualTo(i);
            }
            Set<String> signers = new HashSet<>();
            services.ledger().store().checkpoints(services.info().id()).forEach(c -> signers.add(c.keyFingerprint()));
            Map<String, byte[]> keys = services.ledger().store().keys();
            assertThat(keys).as("the parent's and each workstation's key are registered").hasSize(1 + WORKSTATIONS);
            assertThat(signers).as("both workstations signed checkpoints").hasSizeGreaterThanOrEqualTo(WORKSTATIONS);

            VerificationReport report = services.ledger().verify(
                    TestWorkspaces.principal(1, "officer", Role.PRIVACY_OFFICER), Progress.NONE);
            assertThat(report.ok()).as("%s %s", report.summary(), report.detail()).isTrue();
            assertThat(report.entries()).isEqualTo(TOTAL);
        }
    }
}
