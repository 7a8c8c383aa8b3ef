package com.custodia.casefile;

import com.custodia.ledger.Checkpoint;
import com.custodia.ledger.Merkle;
import com.custodia.ledger.SigningKey;
import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opens a case file with no workspace, no database and no sign-in. In order: the archive's structure
 * ({@link SafeZip}: paths, links, counts, sizes, ratios, headers), the manifest's Ed25519 signature
 * over its exact bytes, every entry against the manifest (none missing, none added, each SHA-256
 * and size), the checkpoint's signature and every ledger entry's inclusion proof; only then is the
 * payload decrypted and handed out. Everything is unpacked into a fresh temporary folder that
 * {@link OpenedCase#close()} deletes (or at once, when opening fails).
 */
public final class CaseFileReader {

    private static final int MAX_SIGNATURE = 1024;

    private final TrustStore trust;
    private final Path temporaryParent;
    private final ArchiveLimits limits;

    /** Unpacks into the system's temporary folder. */
    public CaseFileReader(TrustStore trust) {
        this(trust, null, ArchiveLimits.DEFAULT);
    }

    /**
     * @param temporaryParent the folder in which each opening makes its own temporary folder (null:
     *                        the system's)
     */
    public CaseFileReader(TrustStore trust, Path temporaryParent, ArchiveLimits limits) {
        this.trust = trust;
        this.temporaryParent = temporaryParent;
        this.limits = limits;
    }

    /**
     * @param passphrase for an encrypted payload, or null; without it an encrypted case opens with
     *                   its seal and ledger proofs but no payload
     * @throws CaseFileException with what was wrong
     * @throws IllegalArgumentException when there is no file
     */
    public OpenedCase open(Path file, char[] passphrase) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("There is no case file at " + file + ".");
        }
        Path work = temporaryParent == null ? Files.createTempDirectory("custodia-case-")
                : Files.createTempDirectory(temporaryParent, "custodia-case-");
        try {
            return open(file, work, passphrase);
        } catch (IOException | RuntimeException e) {
            OpenedCase.deleteFolder(work);
            throw e;
        }
    }

    private OpenedCase open(Path file, Path work, char[] passphrase) throws IOException {
        Path packed = Files.createDirectory(work.resolve("packed"));
        Map<String, SafeZip.Unpacked> entries = SafeZip.unpack(file, packed, limits);

        SafeZip.Unpacked manifestEntry = required(entries, CaseFileNames.MANIFEST);
        SafeZip.Unpacked signatureEntry = required(entries, CaseFileNames.SIGNATURE);
        if (manifestEntry.size() > CaseJson.MAX_DOCUMENT || signatureEntry.size() > MAX_SIGNATURE) {
            throw CaseFileException.broken("The manifest or the signature is larger than a case file's ever is.");
        }
        byte[] manifestBytes = Files.readAllBytes(manifestEntry.file());
        Manifest manifest = parseManifest(manifestBytes);
        byte[] publicKey = decode(manifest.key() == null ? null : manifest.key().publicKey(), "public key");
        String fingerprint = SigningKey.fingerprint(publicKey);
        if (!fingerprint.equalsIgnoreCase(manifest.key().fingerprint())) {
            throw CaseFileException.broken("The manifest's key fingerprint does not belong to its public key.");
        }
        byte[] signature = decode(new String(Files.readAllBytes(signatureEntry.file()), StandardCharsets.US_ASCII)
                .strip(), "signature");
        if (!CaseCrypto.verifyEd25519(publicKey, manifestBytes, signature)) {
            throw CaseFileException.broken("The signature does not match the manifest: the manifest was changed or "
                    + "replaced after it was sealed.");
        }

        checkEntries(manifest, entries);
        List<ProvenLedgerEntry> ledger = checkLedger(manifest, publicKey, fingerprint);
        String label = trust == null ? null : trust.find(fingerprint).map(TrustStore.PinnedKey::label).orElse(null);
        Seal seal = new Seal(manifest.exporter(), manifest.created(), manifest.workspaceId(), fingerprint, label);

        Map<String, Path> plain = new LinkedHashMap<>();
        boolean payloadOpen = true;
        if (manifest.encryption() == null) {
            manifest.entries().forEach(ref -> plain.put(ref.name(), entries.get(ref.name()).file()));
        } else if (passphrase == null) {
            payloadOpen = false;
        } else {
            decryptAll(manifest, entries, work, passphrase, plain);
        }
        return new OpenedCase(work, seal, manifest, CaseCrypto.sha256Hex(manifestBytes), ledger, plain, payloadOpen);
    }

    private static SafeZip.Unpacked required(Map<String, SafeZip.Unpacked> entries, String name) {
        SafeZip.Unpacked entry = entries.get(name);
        if (entry == null) {
            throw CaseFileException.broken("The file has no " + name + ", so it is not a sealed case file.");
        }
        return entry;
    }

    private static Manifest parseManifest(byte[] bytes) {
        Manifest manifest;
        try {
            manifest = CaseJson.MAPPER.readValue(bytes, Manifest.class);
        } catch (IOException | RuntimeException e) {
            throw CaseFileException.broken("The manifest is not a case file manifest: " + firstLine(e.getMessage()));
        }
        if (!Manifest.FORMAT.equals(manifest.format())) {
            throw CaseFileException.broken("The manifest is of format \"" + manifest.format() + "\"; this version "
                    + "reads " + Manifest.FORMAT + ".");
        }
        return manifest;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }

    private static byte[] decode(String base64, String what) {
        try {
            if (base64 == null) {
                throw new IllegalArgumentException();
            }
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw CaseFileException.broken("The " + what + " of the case file is missing or not Base64.");
        }
    }

    /** Every payload entry the manifest lists is there with its hash and size, and nothing else is. */
    private static void checkEntries(Manifest manifest, Map<String, SafeZip.Unpacked> entries) {
        Set<String> listed = new TreeSet<>();
        for (Manifest.EntryRef ref : manifest.entries()) {
            if (!listed.add(ref.name()) || ref.name().equals(CaseFileNames.MANIFEST)
                    || ref.name().equals(CaseFileNames.SIGNATURE)) {
                throw CaseFileException.broken("The manifest lists \"" + ref.name() + "\" twice or as a payload.");
            }
            SafeZip.Unpacked entry = entries.get(ref.name());
            if (entry == null) {
                throw CaseFileException.broken("The entry \"" + ref.name() + "\" listed in the manifest is missing "
                        + "from the file.");
            }
            if (entry.size() != ref.size() || !entry.sha256().equalsIgnoreCase(ref.sha256())) {
                throw CaseFileException.broken("The entry \"" + ref.name() + "\" was changed after sealing: its "
                        + "SHA-256 is " + entry.sha256() + ", the manifest says " + ref.sha256() + ".");
            }
        }
        for (String name : entries.keySet()) {
            if (!listed.contains(name) && !name.equals(CaseFileNames.MANIFEST) && !name.equals(CaseFileNames.SIGNATURE)) {
                throw CaseFileException.broken("The entry \"" + name + "\" is not in the manifest: it was added "
                        + "after sealing.");
            }
        }
    }

    /** The checkpoint is signed by the sealing key in the same workspace, and every entry proves against it. */
    private static List<ProvenLedgerEntry> checkLedger(Manifest manifest, byte[] publicKey, String fingerprint) {
        Manifest.LedgerProof proof = manifest.ledger();
        if (proof == null || proof.checkpoint() == null) {
            throw CaseFileException.broken("The manifest carries no signed checkpoint.");
        }
        Manifest.CheckpointRef ref = proof.checkpoint();
        Checkpoint checkpoint;
        try {
            checkpoint = new Checkpoint(ref.workspaceId(), ref.treeSize(), Base64.getDecoder().decode(ref.rootHash()),
                    Instant.parse(ref.time()), ref.keyFingerprint(), Base64.getDecoder().decode(ref.signature()));
        } catch (RuntimeException e) {
            throw CaseFileException.broken("The checkpoint in the manifest cannot be read.");
        }
        if (!fingerprint.equalsIgnoreCase(checkpoint.keyFingerprint()) || !SigningKey.verify(checkpoint, publicKey)) {
            throw CaseFileException.broken("The checkpoint's signature is not by the key that sealed the case.");
        }
        if (!checkpoint.workspaceId().equals(manifest.workspaceId())) {
            throw CaseFileException.broken("The checkpoint belongs to another workspace than the case.");
        }
        HexFormat hex = HexFormat.of();
        List<ProvenLedgerEntry> out = new ArrayList<>();
        for (Manifest.ProvenEntry entry : proof.entries()) {
            byte[] leaf = Merkle.leafHash(entry.content().getBytes(StandardCharsets.UTF_8));
            boolean leafMatches;
            boolean included;
            try {
                leafMatches = Arrays.equals(leaf, hex.parseHex(entry.leafHash()));
                List<byte[]> path = entry.proof().stream().map(hex::parseHex).toList();
                included = leafMatches && Merkle.verifyInclusion(entry.seq(), checkpoint.treeSize(), leaf, path,
                        checkpoint.root());
            } catch (IllegalArgumentException e) {
                leafMatches = false;
                included = false;
            }
            if (!leafMatches || !included) {
                throw CaseFileException.broken("Ledger entry " + entry.seq() + " is not proven to be in the signed "
                        + "ledger: " + (leafMatches ? "its inclusion proof fails against the checkpoint."
                        : "its content does not give its leaf hash."));
            }
            out.add(new ProvenLedgerEntry(entry.seq(), true, true, fields(entry.content())));
        }
        return out;
    }

    private static Map<String, Object> fields(String content) {
        try {
            return CaseJson.MAPPER.readValue(content, new TypeReference<LinkedHashMap<String, Object>>() { });
        } catch (IOException e) {
            throw CaseFileException.broken("A ledger entry's content is not JSON.");
        }
    }

    private static void decryptAll(Manifest manifest, Map<String, SafeZip.Unpacked> entries, Path work,
                                   char[] passphrase, Map<String, Path> plain) throws IOException {
        Manifest.Encryption enc = manifest.encryption();
        if (!CaseCrypto.CIPHER_NAME.equals(enc.cipher()) || !CaseCrypto.KDF_NAME.equals(enc.kdf())) {
            throw CaseFileException.broken("The payload is encrypted with " + enc.cipher() + " / " + enc.kdf()
                    + ", which this version does not read.");
        }
        SecretKeySpec key = CaseCrypto.deriveKey(passphrase, decode(enc.salt(), "salt"), enc.iterations());
        Path folder = Files.createDirectory(work.resolve("plain"));
        int i = 0;
        for (Manifest.EntryRef ref : manifest.entries()) {
            SafeZip.Unpacked entry = entries.get(ref.name());
            Path target = folder.resolve(String.format(java.util.Locale.ROOT, "plain-%05d.bin", ++i));
            try (InputStream in = Files.newInputStream(entry.file());
                 OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
                CaseCrypto.decrypt(key, ref.name(), in, entry.size(), out);
            }
            plain.put(ref.name(), target);
        }
    }
}
