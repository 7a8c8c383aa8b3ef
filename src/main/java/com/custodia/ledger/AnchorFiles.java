package com.custodia.ledger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signed checkpoints as files outside the database ({@code anchors/}), one per checkpoint,
 * created once and never rewritten. Someone who rewrites the database cannot rewrite these
 * without the signing key, so a restored or rebuilt ledger shows up as forked or truncated.
 */
public final class AnchorFiles {

    private static final Logger LOG = LoggerFactory.getLogger(AnchorFiles.class);
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The file format. */
    public record Anchor(int format, String workspaceId, long treeSize, String rootHash, String time,
                         String keyFingerprint, String signature) {
    }

    private AnchorFiles() {
    }

    public static Path write(Path folder, Checkpoint cp) throws IOException {
        Files.createDirectories(folder);
        String name = String.format("checkpoint-%012d-%d.json", cp.treeSize(), cp.time().toEpochMilli());
        Path file = folder.resolve(name);
        Anchor anchor = new Anchor(1, cp.workspaceId(), cp.treeSize(), HexFormat.of().formatHex(cp.root()),
                cp.time().toString(), cp.keyFingerprint(), Base64.getEncoder().encodeToString(cp.signature()));
        Files.write(file, JSON.writeValueAsBytes(anchor), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return file;
    }

    /** Every readable anchor in the folder; unreadable files are logged and skipped. */
    public static List<Checkpoint> readAll(Path folder) {
        List<Checkpoint> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "checkpoint-*.json")) {
            for (Path file : files) {
                try {
                    Anchor a = JSON.readValue(file.toFile(), Anchor.class);
                    out.add(new Checkpoint(a.workspaceId(), a.treeSize(), HexFormat.of().parseHex(a.rootHash()),
                            Instant.parse(a.time()), a.keyFingerprint(), Base64.getDecoder().decode(a.signature())));
                } catch (IOException | RuntimeException e) {
                    LOG.warn("Skipping unreadable anchor file {}: {}", file.getFileName(), e.getMessage());
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot list anchor files: {}", e.getMessage());
        }
        return out;
    }

    /** The anchor with the largest tree, or null. */
    public static Checkpoint newest(Path folder) {
        return readAll(folder).stream().max(java.util.Comparator.comparingLong(Checkpoint::treeSize)
                .thenComparing(Checkpoint::time)).orElse(null);
    }
}
