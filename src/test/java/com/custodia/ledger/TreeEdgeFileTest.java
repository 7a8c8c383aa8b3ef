package com.custodia.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TreeEdgeFileTest {

    @TempDir Path anchors;

    @Test
    void aWriteRemovesTemporaryFilesThatADeadProcessLeftButNotOnesBeingWritten() throws Exception {
        MerkleFrontier frontier = new MerkleFrontier();
        for (int i = 0; i < 5; i++) {
            frontier.add(Merkle.leafHash(new byte[] {(byte) i}));
        }
        Path left = Files.writeString(anchors.resolve("tree-edge-123.tmp"), "{\"half");
        Files.setLastModifiedTime(left, FileTime.from(Instant.now().minus(TreeEdgeFile.LEFTOVER_AGE).minusSeconds(60)));
        Path inProgress = Files.writeString(anchors.resolve("tree-edge-456.tmp"), "{\"being written");
        Path unrelated = Files.writeString(anchors.resolve("checkpoint-old.tmp"), "not ours");
        Files.setLastModifiedTime(unrelated, FileTime.from(Instant.now().minusSeconds(86_400)));

        TreeEdgeFile.write(anchors, "ws-1", frontier);

        assertThat(left).doesNotExist();
        assertThat(inProgress).exists();
        assertThat(unrelated).exists();
        MerkleFrontier read = TreeEdgeFile.read(anchors, "ws-1");
        assertThat(read.size()).isEqualTo(5);
        assertThat(read.root()).isEqualTo(frontier.root());
        assertThat(TreeEdgeFile.read(anchors, "another workspace")).isNull();
    }
}
