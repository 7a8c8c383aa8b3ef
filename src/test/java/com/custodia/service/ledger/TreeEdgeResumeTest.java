package com.custodia.service.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.Progress;
import com.custodia.domain.Role;
import com.custodia.ledger.Checkpoint;
import com.custodia.ledger.Merkle;
import com.custodia.ledger.VerificationReport;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.support.MutableClock;
import com.custodia.support.TestWorkspaces;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process that opens a ledger goes on from the tree edge its last checkpoint left, instead of
 * reading every leaf again, but only when that edge is the one a signed checkpoint shows.
 */
class TreeEdgeResumeTest {

    @TempDir Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final Principal officer = TestWorkspaces.principal(50, "officer", Role.PRIVACY_OFFICER);

    private Path workspace() {
        return dir.resolve("ws");
    }

    private Path edgeFile() {
        return workspace().resolve("anchors").resolve("tree-edge.json");
    }

    /** 250 entries (checkpoints at 100 and 200), then the workspace is closed, which signs one at 250. */
    private void ledgerOf250() {
        try (Services services = TestWorkspaces.embedded(workspace(), clock)) {
            Disclosures disclosures = new Disclosures(services, clock);
            for (int i = 0; i < 250; i++) {
                disclosures.draft().about(1000L + i).append();
            }
        }
    }

    /** Reopens, appends 50 more (a checkpoint at 300), and returns how many leaves that checkpoint read back. */
    private long reopenAndReach300() {
        try (Services services = TestWorkspaces.workspaceService(clock).openWorkspace(workspace(),
                TestWorkspaces.PASSPHRASE.toCharArray(), Progress.NONE)) {
            Disclosures disclosures = new Disclosures(services, clock);
            for (int i = 0; i < 50; i++) {
                disclosures.draft().about(2000L + i).append();
            }
            List<byte[]> leaves = services.ledger().store().leafHashes(300);
            Checkpoint at300 = services.ledger().store().checkpoints(services.info().id()).stream()
                    .filter(c -> c.treeSize() == 300).max(Comparator.comparing(Checkpoint::time)).orElseThrow();
            assertThat(at300.root()).as("the checkpoint signs the tree of all 300 leaves")
                    .isEqualTo(Merkle.root(Merkle.of(leaves), 300));
            VerificationReport report = services.ledger().verify(officer, Progress.NONE);
            assertThat(report.ok()).as(report.detail()).isTrue();
            return services.ledger().leavesRead();
        }
    }

    @Test
    void theNextCheckpointReadsOnlyTheLeavesAfterTheLastOne() throws Exception {
        ledgerOf250();
        assertThat(edgeFile()).exists();

        assertThat(reopenAndReach300()).as("only the leaves after the checkpoint signed at exit").isEqualTo(50);
    }

    @Test
    void anEdgeThatNoSignedCheckpointShowsIsIgnoredAndEveryLeafIsRead() throws Exception {
        ledgerOf250();
        String stored = Files.readString(edgeFile());
        // one hash of the edge changed: its root is no longer the root signed at 250 entries
        int at = stored.indexOf("\"edge\":[\"") + "\"edge\":[\"".length();
        char first = stored.charAt(at);
        Files.writeString(edgeFile(), stored.substring(0, at) + (first == '0' ? '1' : '0') + stored.substring(at + 1));

        assertThat(reopenAndReach300()).isEqualTo(300);
    }

    @Test
    void anUnreadableEdgeFileOnlyCostsTheReading() throws Exception {
        ledgerOf250();
        Files.writeString(edgeFile(), "{ not json");

        assertThat(reopenAndReach300()).isEqualTo(300);
        assertThat(Files.readString(edgeFile())).as("the checkpoint at 300 wrote a good one").contains("\"treeSize\":300");
    }

    @Test
    void aMissingEdgeFileOnlyCostsTheReading() throws Exception {
        ledgerOf250();
        Files.delete(edgeFile());

        assertThat(reopenAndReach300()).isEqualTo(300);
    }
}
