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
                    out.add(read(file));
                } catch (IOException | RuntimeException e) {
                    LOG.warn("Skipping unreadable anchor file {}: {}", file.getFileName(), e.getMessage());
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot list anchor files: {}", e.getMessage());
        }
        return out;
    }

    /**
     * The anchors of the largest tree size (usually one; several when a restored database signed
     * the same size again, which is exactly the case a fork check must see). Sizes are read from
     * the file names, so only these files are parsed however many anchors there are.
     */
    public static List<Checkpoint> newest(Path folder) {
        List<Checkpoint> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        long max = -1;
        List<Path> candidates = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "checkpoint-*.json")) {
            for (Path file : files) {
                long size = sizeFromName(file.getFileName().toString());
                if (size > max) {
                    max = size;
                    candidates.clear();
                }
                if (size == max) {
                    candidates.add(file);
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot list anchor files: {}", e.getMessage());
        }
        for (Path file : candidates) {
            try {
                out.add(read(file));
            } catch (IOException | RuntimeException e) {
                LOG.warn("Skipping unreadable anchor file {}: {}", file.getFileName(), e.getMessage());
            }
        }
        return out;
    }

    private static long sizeFromName(String name) {
        try {
            return Long.parseLong(name.substring("checkpoint-".length(), name.indexOf('-', "checkpoint-".length())));
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private static Checkpoint read(Path file) throws IOException {
        Anchor a = JSON.readValue(file.toFile(), Anchor.class);
        return new Checkpoint(a.workspaceId(), a.treeSize(), HexFormat.of().parseHex(a.rootHash()),
                Instant.parse(a.time()), a.keyFingerprint(), Base64.getDecoder().decode(a.signature()));
    }
}
