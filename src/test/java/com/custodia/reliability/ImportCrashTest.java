package com.custodia.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.Progress;
import com.custodia.domain.Role;
import com.custodia.persistence.PersonSearchIndexes;
import com.custodia.service.Services;
import com.custodia.service.people.importing.ImportOptions;
import com.custodia.service.people.importing.ImportResult;
import com.custodia.service.workspace.WorkspaceService;
import com.custodia.support.TestWorkspaces;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A killed import leaves the database consistent and can be run again (issue 4, item 6): a child
 * JVM imports a large file (large enough that the search indexes are dropped for the load) and is
 * killed with SIGKILL at a random moment, several times. After every kill the workspace must open
 * with its search indexes, and hold exactly the persons the import's progress row says are in,
 * a whole number of batches. A last run completes the file: every good row exactly once, rows
 * without an external_id included. {@code -Dcustodia.crash.seed=N} replays a run.
 */
class ImportCrashTest {

    private static final int ROUNDS = Integer.getInteger("custodia.importcrash.rounds", 5);
    private static final int ROWS = Integer.getInteger("custodia.importcrash.rows", 120_000);
    private static final long FIRST_ACK_SECONDS = 180;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 20, unit = TimeUnit.MINUTES)
    void aKilledImportLeavesWholeBatchesAndARerunCompletesItWithoutDuplicates() throws Exception {
        long seed = Long.getLong("custodia.crash.seed", System.nanoTime());
        System.out.println("ImportCrashTest seed: " + seed + " (replay with -Dcustodia.crash.seed=" + seed + ")");
        Random random = new Random(seed);
        Path workspace = dir.resolve("ws");
        WorkspaceService parent = TestWorkspaces.workspaceService(Clock.systemUTC());
        parent.createWorkspace(workspace, TestWorkspaces.PASSPHRASE.toCharArray(), TestWorkspaces.admin(),
                Progress.NONE).close();
        Path file = dir.resolve("persons.csv");
        long good = writeFile(file);

        long lastCount = 0;
        boolean done = false;
        for (int round = 1; round <= ROUNDS && !done; round++) {
            int killAfterMillis = random.nextInt(4000);
            done = importUntilKilled(workspace, file, killAfterMillis, "round " + round + " (seed " + seed + ")");
            try (Services services = parent.openWorkspace(workspace, TestWorkspaces.PASSPHRASE.toCharArray(),
                    Progress.NONE)) {
                long persons = count(services, "SELECT COUNT(*) FROM person");
                long recorded = count(services, "SELECT COALESCE(MAX(inserted), 0) FROM person_import");
                long batches = count(services, "SELECT COALESCE(MAX(batches), 0) FROM person_import");
                List<String> missing = services.database().fromConnection(c -> PersonSearchIndexes.missing(c, "person"));
                System.out.printf("round %d: killed %d ms after the first ACK%s; %d persons, %d batches recorded%n",
                        round, killAfterMillis, done ? " (it had finished)" : "", persons, batches);
                assertThat(missing).as("round %d: the search indexes are back", round).isEmpty();
                assertThat(persons).as("round %d, seed %d: the persons are exactly those the progress row counts",
                        round, seed).isEqualTo(recorded);
                assertThat(persons).as("round %d: never fewer than before", round).isGreaterThanOrEqualTo(lastCount);
                assertThat(persons).as("round %d: whole batches of 10,000 rows, one bad row in each", round)
                        .isEqualTo(Math.min(good, batches * (ImportOptions.DEFAULT_BATCH_SIZE - 1)));
                lastCount = persons;
            }
        }

        try (Services services = parent.openWorkspace(workspace, TestWorkspaces.PASSPHRASE.toCharArray(),
                Progress.NONE)) {
            if (!done) {
                ImportResult last = services.personImport().importCsv(
                        TestWorkspaces.principal(1, "crash-parent", Role.ADMINISTRATOR), file, ImportOptions.defaults(),
                        Progress.NONE);
                System.out.println("final run: " + last);
                assertThat(last.rowsRead()).isEqualTo(ROWS);
            }
            assertThat(count(services, "SELECT COUNT(*) FROM person")).as("every good row once").isEqualTo(good);
            assertThat(count(services, "SELECT COUNT(DISTINCT external_id) FROM person"))
                    .isEqualTo(count(services, "SELECT COUNT(external_id) FROM person"));
            assertThat(count(services, "SELECT COUNT(*) FROM person WHERE external_id IS NULL"))
                    .as("rows without an external_id were not written twice").isEqualTo(anonymousGoodRows());
        }
    }

    /** ROWS rows; every seventh without an external_id; the first of every 10,000 invalid. Returns the good ones. */
    private static long writeFile(Path file) throws IOException {
        long good = 0;
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("external_id,first_name,last_name,email,phone,company,city,country,notes\n");
            for (int i = 0; i < ROWS; i++) {
                boolean bad = i % ImportOptions.DEFAULT_BATCH_SIZE == 0;
                out.write((i % 7 == 3 ? "" : "c-" + i) + ",Frida" + (i % 89) + ",Kahlo-" + (i % 997) + ","
                        + (bad ? "no address" : "f" + i + "@example.com") + ",+52 55 " + i + ",\"Casa Azul, "
                        + (i % 13) + "\",Coyoacán,MX,\"row " + i + "\"\n");
                good += bad ? 0 : 1;
            }
        }
        return good;
    }

    private static long anonymousGoodRows() {
        long n = 0;
        for (int i = 0; i < ROWS; i++) {
            if (i % 7 == 3 && i % ImportOptions.DEFAULT_BATCH_SIZE != 0) {
                n++;
            }
        }
        return n;
    }

    private static long count(Services services, String sql) {
        return services.database().fromConnection(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Starts a child, kills it the given time after its first ACK; returns whether it finished first. */
    private boolean importUntilKilled(Path workspace, Path file, int killAfterMillis, String what) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dcustodia.home=" + dir.resolve("home"), "-Xmx1g", "-XX:+UseSerialGC", "-Xshare:auto",
                "-cp", LedgerCrashTest.testClassPath(), PersonImporter.class.getName(), workspace.toString(),
                file.toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(name -> name.startsWith("CUSTODIA_"));
        builder.environment().put("CUSTODIA_PASSPHRASE", TestWorkspaces.PASSPHRASE);
        Path err = Files.createTempFile(dir, "child-stderr", ".txt");
        builder.redirectError(err.toFile());
        Process child = builder.start();
        child.getOutputStream().close();
        LinkedBlockingQueue<String> acks = new LinkedBlockingQueue<>();
        CompletableFuture<Boolean> reader = CompletableFuture.supplyAsync(() -> readAcks(child, acks));
        try {
            String first = acks.poll(FIRST_ACK_SECONDS, TimeUnit.SECONDS);
            assertThat(first).as("%s: the child committed a batch within %d s; its stderr:%n%s", what,
                    FIRST_ACK_SECONDS, Files.readString(err)).isNotNull();
            Thread.sleep(killAfterMillis);
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("%s: the killed child ended", what).isTrue();
        }
        return reader.get(30, TimeUnit.SECONDS);
    }

    private static boolean readAcks(Process child, LinkedBlockingQueue<String> acks) {
        boolean done = false;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("ACK ") || line.startsWith("DONE")) {
                    acks.add(line);
                }
                done |= line.startsWith("DONE");
            }
        } catch (IOException e) {
            // the pipe breaks when the child is killed mid-line: what was read before counts
        }
        return done;
    }
}
