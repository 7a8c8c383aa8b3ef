package com.custodia.ledger;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The right edge of the ledger's Merkle tree at the last checkpoint this installation signed,
 * kept beside the anchor files ({@value #NAME}). A process that opens a ledger of a million
 * entries would otherwise read every leaf hash before it can sign its next checkpoint: about a
 * second per million, on one unlucky append. The file is only a shortcut. The ledger uses it only
 * when the edge's root is the root of a checkpoint signed for this workspace at that size, and
 * otherwise reads the leaves as before. It holds hashes only, and is replaced at every checkpoint.
 */
public final class TreeEdgeFile {

    static final String NAME = "tree-edge.json";
    private static final Logger LOG = LoggerFactory.getLogger(TreeEdgeFile.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HexFormat HEX = HexFormat.of();

    /** The file format: the tree's size and its edge, largest subtree first, in hexadecimal. */
    record Stored(int format, String workspaceId, long treeSize, List<String> edge) {
    }

    private TreeEdgeFile() {
    }

    /** Replaces the file with the frontier's edge; a reader sees the old file or the new one, never half of one. */
    public static void write(Path folder, String workspaceId, MerkleFrontier frontier) throws IOException {
        Files.createDirectories(folder);
        Stored stored = new Stored(1, workspaceId, frontier.size(), frontier.edge().stream().map(HEX::formatHex).toList());
        Path temporary = Files.createTempFile(folder, "tree-edge-", ".tmp");
        try {
            Files.write(temporary, JSON.writeValueAsBytes(stored));
            try {
                Files.move(temporary, folder.resolve(NAME), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, folder.resolve(NAME), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        removeLeftovers(folder);
    }

    /** How old a temporary file must be before it counts as left behind by a process that died while writing. */
    static final java.time.Duration LEFTOVER_AGE = java.time.Duration.ofMinutes(10);

    /**
     * Deletes temporary files of this kind that a process killed between creating and moving one
     * left behind. Only old ones: a younger one may be another process's write in progress (two
     * processes of one installation may work on the same server ledger).
     */
    private static void removeLeftovers(Path folder) {
        java.time.Instant before = java.time.Instant.now().minus(LEFTOVER_AGE);
        try (var leftovers = Files.newDirectoryStream(folder, "tree-edge-*.tmp")) {
            for (Path leftover : leftovers) {
                try {
                    if (Files.getLastModifiedTime(leftover).toInstant().isBefore(before)) {
                        Files.deleteIfExists(leftover);
                    }
                } catch (IOException e) {
                    LOG.debug("Could not remove the leftover {}: {}", leftover, e.getMessage());
                }
            }
        } catch (IOException e) {
            LOG.debug("Could not look for leftover tree edge files in {}: {}", folder, e.getMessage());
        }
    }

    /**
     * The stored edge as a frontier to go on from, or null when there is none, it belongs to
     * another workspace, or it cannot be read. Its root is not checked here.
     */
    public static MerkleFrontier read(Path folder, String workspaceId) {
        Path file = folder.resolve(NAME);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            Stored stored = JSON.readValue(file.toFile(), Stored.class);
            if (stored.format() != 1 || !workspaceId.equals(stored.workspaceId()) || stored.edge() == null) {
                return null;
            }
            return MerkleFrontier.resume(stored.treeSize(), stored.edge().stream().map(HEX::parseHex).toList());
        } catch (IOException | RuntimeException e) {
            LOG.warn("Ignoring the tree edge file {}: {}", file, e.getMessage());
            return null;
        }
    }
}
