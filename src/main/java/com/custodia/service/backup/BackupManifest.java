package com.custodia.service.backup;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code manifest.json} of a backup file: what was backed up, when, by whom, how far the ledger
 * had come, and the size and SHA-256 of every other entry (decision 0031).
 *
 * @param format      1
 * @param workspaceId the workspace's id, as in {@code workspace.json}
 * @param createdAt   when the backup started
 * @param operator    the administrator who made it
 * @param ledgerSize  entries in the ledger when the backup started; the copy holds at least these
 * @param ledgerHead  the chain hash of the last of them, hexadecimal (empty for an empty ledger)
 * @param entries     every entry of the archive except the manifest
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record BackupManifest(int format, String workspaceId, Instant createdAt, String operator, long ledgerSize,
                             String ledgerHead, List<Entry> entries) {

    public static final int FORMAT = 1;

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    /** One entry of the archive. */
    public record Entry(String name, long size, String sha256) {
    }

    public BackupManifest {
        entries = List.copyOf(entries);
    }

    byte[] toJson() throws IOException {
        return JSON.writeValueAsBytes(this);
    }

    /** Parses a manifest; anything that is not one, or not of format 1, is refused as a damaged backup. */
    static BackupManifest parse(byte[] json) {
        BackupManifest manifest;
        try {
            manifest = JSON.readValue(json, BackupManifest.class);
        } catch (IOException e) {
            throw BackupFileException.refused("its manifest.json cannot be read (" + e.getClass().getSimpleName() + ").");
        }
        if (manifest.format() != FORMAT) {
            throw BackupFileException.refused("its manifest has format " + manifest.format() + "; this Custodia reads "
                    + "format " + FORMAT + ".");
        }
        if (manifest.workspaceId() == null || manifest.createdAt() == null || manifest.entries() == null) {
            throw BackupFileException.refused("its manifest lacks the workspace, the time or the entries.");
        }
        return manifest;
    }

    /** The entries by name. */
    Map<String, Entry> byName() {
        return entries.stream().collect(Collectors.toMap(Entry::name, Function.identity(), (a, b) -> {
            throw BackupFileException.refused("its manifest names \"" + a.name() + "\" twice.");
        }));
    }
}
