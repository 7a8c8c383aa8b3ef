package com.custodia.casefile;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The public keys a reviewer trusts, each under a label they chose: a JSON file in the user's
 * Custodia folder ({@code trusted-keys.json}). A case sealed by a pinned key shows that label; any
 * other key opens with a warning. Holds public keys only, no secrets and no personal data.
 */
public final class TrustStore {

    public static final String FILE_NAME = "trusted-keys.json";

    /** One pinned key. */
    public record PinnedKey(String fingerprint, String publicKey, String label, String pinnedAt) {
    }

    private final Path file;

    public TrustStore(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public List<PinnedKey> list() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            if (Files.size(file) > CaseJson.MAX_DOCUMENT) {
                throw new IOException("the file is too large");
            }
            return List.copyOf(CaseJson.MAPPER.readValue(file.toFile(), new TypeReference<List<PinnedKey>>() { }));
        } catch (IOException e) {
            throw new IllegalStateException("The list of pinned keys (" + file + ") cannot be read: " + e.getMessage(), e);
        }
    }

    public Optional<PinnedKey> find(String fingerprint) {
        return list().stream().filter(k -> k.fingerprint().equalsIgnoreCase(fingerprint)).findFirst();
    }

    /** Pins a key (X.509 Base64) under a label; pinning it again replaces the label. */
    public PinnedKey pin(String publicKeyBase64, String label, Instant now) throws IOException {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("A pinned key needs a label that says whose it is.");
        }
        byte[] key = Base64.getDecoder().decode(publicKeyBase64);
        String fingerprint = com.custodia.ledger.SigningKey.fingerprint(key);
        List<PinnedKey> keys = new ArrayList<>(list());
        keys.removeIf(k -> k.fingerprint().equalsIgnoreCase(fingerprint));
        PinnedKey pinned = new PinnedKey(fingerprint, publicKeyBase64, label.strip(), now.toString());
        keys.add(pinned);
        save(keys);
        return pinned;
    }

    /** Removes a key by its fingerprint (or a unique start of it); false when none matched. */
    public boolean unpin(String fingerprint) throws IOException {
        String wanted = fingerprint.strip().toLowerCase(java.util.Locale.ROOT);
        List<PinnedKey> keys = new ArrayList<>(list());
        List<PinnedKey> matching = keys.stream().filter(k -> k.fingerprint().startsWith(wanted)).toList();
        if (matching.size() != 1) {
            return false;
        }
        keys.remove(matching.get(0));
        save(keys);
        return true;
    }

    private void save(List<PinnedKey> keys) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".trusted-keys-", ".part");
        try {
            Files.write(tmp, CaseJson.MAPPER.writeValueAsBytes(keys));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
