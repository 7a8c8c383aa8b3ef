package com.custodia.casefile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A case file that opened: its seal, manifest, proven ledger entries and (unless it is encrypted and
 * no passphrase was given) its payload. The unpacked bytes live in a temporary folder until
 * {@link #close()}.
 */
public final class OpenedCase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OpenedCase.class);
    /** Payload entries larger than this are not read into memory whole; they stay attachments. */
    private static final long MAX_IN_MEMORY = 64L * 1024 * 1024;

    private final Path work;
    private final Seal seal;
    private final Manifest manifest;
    private final String manifestSha256;
    private final List<ProvenLedgerEntry> ledgerEntries;
    private final Map<String, Path> payload;
    private final boolean payloadOpen;

    OpenedCase(Path work, Seal seal, Manifest manifest, String manifestSha256, List<ProvenLedgerEntry> ledgerEntries,
               Map<String, Path> payload, boolean payloadOpen) {
        this.work = work;
        this.seal = seal;
        this.manifest = manifest;
        this.manifestSha256 = manifestSha256;
        this.ledgerEntries = List.copyOf(ledgerEntries);
        this.payload = Map.copyOf(payload);
        this.payloadOpen = payloadOpen;
    }

    public Seal seal() {
        return seal;
    }

    public Manifest manifest() {
        return manifest;
    }

    /** SHA-256 of the manifest's bytes: names exactly this sealing, for review notes. */
    public String manifestSha256() {
        return manifestSha256;
    }

    public List<ProvenLedgerEntry> ledgerEntries() {
        return ledgerEntries;
    }

    public boolean encrypted() {
        return manifest.encryption() != null;
    }

    /** False when the payload is encrypted and no passphrase was given. */
    public boolean payloadOpen() {
        return payloadOpen;
    }

    /** The bytes of a payload entry, checked and decrypted. */
    public Optional<byte[]> payload(String name) {
        Path file = payload.get(name);
        if (file == null) {
            return Optional.empty();
        }
        try {
            if (Files.size(file) > MAX_IN_MEMORY) {
                throw new IllegalStateException("The entry " + name + " is too large to read into memory.");
            }
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The case JSON as text, when the payload is open. */
    public Optional<String> caseJson() {
        return payload(CaseFileNames.CASE_JSON).map(b -> new String(b, StandardCharsets.UTF_8));
    }

    public Optional<byte[]> report() {
        return payload(CaseFileNames.REPORT_PDF);
    }

    @Override
    public void close() {
        deleteFolder(work);
    }

    static void deleteFolder(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    LOG.warn("Could not delete {}: {}", p, e.getMessage());
                }
            });
        } catch (IOException e) {
            LOG.warn("Could not clean up {}: {}", folder, e.getMessage());
        }
    }
}
