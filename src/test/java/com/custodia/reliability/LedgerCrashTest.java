package com.custodia.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.Progress;
import com.custodia.domain.Role;
import com.custodia.ledger.VerificationReport;
import com.custodia.service.Services;
import com.custodia.service.settings.AppDirs;
import com.custodia.service.workspace.WorkspaceService;
import com.custodia.support.TestWorkspaces;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
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
 * No acknowledged ledger entry is lost when the process is killed (DESIGN.md section 9): a child
 * JVM appends and acknowledges each entry once {@code LedgerService.append} has returned; it is
 * killed with SIGKILL at a random moment, over and over, and after every kill the workspace must
 * open, verify intact and hold every acknowledged entry. The seed is printed, and
 * {@code -Dcustodia.crash.seed=N} replays a run.
 */
class LedgerCrashTest {

    private static final int ROUNDS = Integer.getInteger("custodia.crash.rounds", 20);
    private static final long FIRST_ACK_SECONDS = 60;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void noAcknowledgedAppendIsLostWhenTheProcessIsKilled() throws Exception {
        long seed = Long.getLong("custodia.crash.seed", System.nanoTime());
        System.out.println("LedgerCrashTest seed: " + seed + " (replay with -Dcustodia.crash.seed=" + seed + ")");
        Random random = new Random(seed);
        Path home = dir.resolve("home");
        Path workspace = dir.resolve("ws");
        // the children find the same signing key through custodia.home, as the same user would
        WorkspaceService parent = new WorkspaceService(Clock.systemUTC(), TestWorkspaces.FAST_HASHER, "crash-parent",
                new AppDirs(home.resolve("config"), home.resolve("data")));
        parent.createWorkspace(workspace, TestWorkspaces.PASSPHRASE.toCharArray(), TestWorkspaces.admin(),
                Progress.NONE).close();

        long maxAcked = -1;
        for (int round = 1; round <= ROUNDS; round++) {
            int killAfterMillis = random.nextInt(400);
            long started = System.nanoTime();
            long acked = appendUntilKilled(home, workspace, killAfterMillis, "round " + round + " (seed " + seed + ")");
            assertThat(acked).as("round %d acknowledged at least one entry", round).isGreaterThanOrEqualTo(0);
            maxAcked = Math.max(maxAcked, acked);
            long killed = System.nanoTime();
            try (Services services = parent.openWorkspace(workspace, TestWorkspaces.PASSPHRASE.toCharArray(),
                    Progress.NONE)) {
                VerificationReport report = services.ledger().verify(
                        TestWorkspaces.principal(1, "crash-officer", Role.PRIVACY_OFFICER), Progress.NONE);
                long size = services.ledger().store().head().size();
                System.out.printf("round %d: killed %d ms after the first ACK; max ACK %d, ledger %d entries, %s"
                                + " (child %d ms, check %d ms)%n", round, killAfterMillis, maxAcked, size,
                        report.summary(), (killed - started) / 1_000_000, (System.nanoTime() - killed) / 1_000_000);
                assertThat(report.ok()).as("round %d, seed %d: %s %s", round, seed, report.summary(), report.detail())
                        .isTrue();
                assertThat(size).as("round %d, seed %d: every acknowledged entry is there", round, seed)
                        .isGreaterThan(maxAcked);
            }
        }
    }

    /** Starts a child, kills it the given time after its first ACK, and returns the highest seq it acknowledged. */
    private long appendUntilKilled(Path home, Path workspace, int killAfterMillis, String what) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dcustodia.home=" + home, "-Xmx256m",
                // the serial collector starts quickest; C1-only would too, but it runs the two
                // 600,000-round key derivations (workspace and signing key) half as fast
                "-XX:+UseSerialGC", "-Xshare:auto", "-cp", testClassPath(),
                LedgerAppender.class.getName(), workspace.toString()));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(name -> name.startsWith("CUSTODIA_"));
        builder.environment().put("CUSTODIA_PASSPHRASE", TestWorkspaces.PASSPHRASE);
        Path err = Files.createTempFile(dir, "child-stderr", ".txt");
        builder.redirectError(err.toFile());
        Process child = builder.start();
        child.getOutputStream().close();
        LinkedBlockingQueue<Long> acks = new LinkedBlockingQueue<>();
        CompletableFuture<Long> reader = CompletableFuture.supplyAsync(() -> readAcks(child, acks));
        try {
            Long first = acks.poll(FIRST_ACK_SECONDS, TimeUnit.SECONDS);
            assertThat(first).as("%s: the child acknowledged an append within %d s; its stderr:%n%s", what,
                    FIRST_ACK_SECONDS, Files.readString(err)).isNotNull();
            Thread.sleep(killAfterMillis);
            assertThat(child.isAlive()).as("%s: the child is still appending; its stderr:%n%s", what,
                    Files.readString(err)).isTrue();
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("%s: the killed child ended", what).isTrue();
        }
        // every ACK the child printed before it died counts, including those still in the pipe
        return reader.get(30, TimeUnit.SECONDS);
    }

    private static long readAcks(Process child, LinkedBlockingQueue<Long> acks) {
        long max = -1;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("OPEN ")) {
                    System.out.println("  child: " + line);
                }
                if (line.startsWith("ACK ")) {
                    long seq = Long.parseLong(line.substring(4).strip());
                    max = Math.max(max, seq);
                    acks.add(seq);
                }
            }
        } catch (IOException e) {
            // the pipe breaks when the child is killed mid-line: what was read before counts
        }
        return max;
    }

    /** Surefire starts its JVM through a manifest-only jar; it publishes the real class path separately. */
    static String testClassPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }
}
