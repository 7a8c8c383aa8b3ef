package com.custodia.casefile;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.crypto.spec.SecretKeySpec;

/**
 * Builds the bytes of a case file: the payload entries (encrypted when a passphrase is given), the
 * manifest listing their hashes, and the Ed25519 signature over the manifest's exact bytes. It
 * writes nothing to disk: the caller hands the bytes to the disclosure gate, which records the
 * export before the file is written.
 */
public final class CaseFileWriter {

    private CaseFileWriter() {
    }

    /** One payload entry before sealing. */
    public record Payload(String name, String role, String mediaType, byte[] bytes) {
        public Payload {
            Objects.requireNonNull(name);
            Objects.requireNonNull(role);
            Objects.requireNonNull(bytes);
            if (!name.startsWith("payload/")) {
                throw new IllegalArgumentException("payload entries live under payload/: " + name);
            }
        }
    }

    /**
     * What seals the case: its kind and id, when and by whom, the workspace, the ledger proof, the
     * public key and the function that signs with the matching private key.
     */
    public record Sealing(String caseKind, String caseId, Instant created, String exporter, String workspaceId,
                          Manifest.LedgerProof ledger, byte[] publicKey, String fingerprint,
                          UnaryOperator<byte[]> signer) {
    }

    /** A sealed case file and the manifest it carries. */
    public record Sealed(byte[] bytes, Manifest manifest, byte[] manifestBytes) {
    }

    /**
     * @param passphrase null for a payload in the clear; otherwise the payload is encrypted with a key
     *                   derived from it (the caller wipes it)
     */
    public static Sealed write(Sealing sealing, List<Payload> payloads, char[] passphrase) {
        Set<String> names = new HashSet<>();
        for (Payload p : payloads) {
            ZipDirectory.checkName(p.name().getBytes(StandardCharsets.UTF_8), 0);
            if (!names.add(p.name().toLowerCase(java.util.Locale.ROOT))) {
                throw new IllegalArgumentException("two payload entries named " + p.name());
            }
        }
        Manifest.Encryption encryption = null;
        SecretKeySpec key = null;
        if (passphrase != null) {
            byte[] salt = CaseCrypto.randomSalt();
            key = CaseCrypto.deriveKey(passphrase, salt, CaseCrypto.ITERATIONS);
            encryption = new Manifest.Encryption(CaseCrypto.CIPHER_NAME, CaseCrypto.KDF_NAME, CaseCrypto.ITERATIONS,
                    Base64.getEncoder().encodeToString(salt));
        }
        List<byte[]> stored = new ArrayList<>();
        List<Manifest.EntryRef> refs = new ArrayList<>();
        for (Payload p : payloads) {
            byte[] bytes = key == null ? p.bytes() : CaseCrypto.encrypt(key, p.name(), p.bytes());
            stored.add(bytes);
            refs.add(new Manifest.EntryRef(p.name(), p.role(), p.mediaType(), bytes.length,
                    CaseCrypto.sha256Hex(bytes)));
        }
        Manifest manifest = new Manifest(Manifest.FORMAT, sealing.caseKind(), sealing.caseId(),
                sealing.created().toString(), sealing.exporter(), sealing.workspaceId(), refs, sealing.ledger(),
                new Manifest.KeyRef("Ed25519", Base64.getEncoder().encodeToString(sealing.publicKey()),
                        sealing.fingerprint()), encryption);
        byte[] manifestBytes;
        try {
            manifestBytes = CaseJson.MAPPER.writeValueAsBytes(manifest);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the manifest could not be written", e);
        }
        byte[] signature = sealing.signer().apply(manifestBytes);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            FileTime time = FileTime.from(sealing.created());
            add(zip, CaseFileNames.MANIFEST, manifestBytes, time);
            add(zip, CaseFileNames.SIGNATURE, Base64.getEncoder().encode(signature), time);
            for (int i = 0; i < payloads.size(); i++) {
                add(zip, payloads.get(i).name(), stored.get(i), time);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Sealed(out.toByteArray(), manifest, manifestBytes);
    }

    /**
     * Deflates an entry unless that would pass half the 100:1 limit readers enforce (long runs of one
     * byte compress further than that), in which case it is stored as it is.
     */
    private static void add(ZipOutputStream zip, String name, byte[] bytes, FileTime time) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setLastModifiedTime(time);
        if (deflatedSize(bytes) * 50L < bytes.length) {
            CRC32 crc = new CRC32();
            crc.update(bytes);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(bytes.length);
            entry.setCompressedSize(bytes.length);
            entry.setCrc(crc.getValue());
        } else {
            entry.setMethod(ZipEntry.DEFLATED);
        }
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    private static long deflatedSize(byte[] bytes) {
        Deflater deflater = new Deflater();
        try {
            deflater.setInput(bytes);
            deflater.finish();
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            while (!deflater.finished()) {
                total += deflater.deflate(buffer);
            }
            return total;
        } finally {
            deflater.end();
        }
    }
}
