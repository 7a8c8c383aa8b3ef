package com.custodia.casefile;

import com.custodia.domain.LegalBasis;
import com.custodia.domain.RecipientKind;
import com.custodia.ledger.Checkpoint;
import com.custodia.ledger.EntryContent;
import com.custodia.ledger.Merkle;
import com.custodia.ledger.SigningKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Sealed case files made without a workspace: a key, a small ledger, proofs, payloads. */
public final class TestCases {

    static final String WORKSPACE = "ws-test-1";
    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    public final SigningKey key;
    final List<EntryContent> ledger = new ArrayList<>();

    TestCases(SigningKey key, int entries) {
        this.key = key;
        for (int i = 0; i < entries; i++) {
            ledger.add(new EntryContent(T0.plusSeconds(i), "olivia", List.of("PRIVACY_OFFICER"),
                    RecipientKind.AUTHORITY, "District Court", null, LegalBasis.LEGAL_ORDER, "7", 1,
                    EntryContent.personsDigest(Set.of((long) i)), List.of("identity"), List.of(), "order " + i,
                    "file", "ab".repeat(32), null, null));
        }
    }

    public TestCases() {
        this(SigningKey.generate(), 7);
    }

    Manifest.LedgerProof proof(long... seqs) {
        List<byte[]> leaves = ledger.stream().map(EntryContent::leafHash).toList();
        Checkpoint cp = key.sign(WORKSPACE, leaves.size(), Merkle.root(Merkle.of(leaves), leaves.size()), T0.plusSeconds(60));
        HexFormat hex = HexFormat.of();
        List<Manifest.ProvenEntry> entries = new ArrayList<>();
        for (long seq : seqs) {
            EntryContent c = ledger.get((int) seq);
            entries.add(new Manifest.ProvenEntry(seq, new String(c.canonicalBytes(), StandardCharsets.UTF_8),
                    hex.formatHex(c.leafHash()), Merkle.inclusionProof(Merkle.of(leaves), seq, leaves.size()).stream()
                    .map(hex::formatHex).toList()));
        }
        Base64.Encoder b64 = Base64.getEncoder();
        return new Manifest.LedgerProof(new Manifest.CheckpointRef(WORKSPACE, cp.treeSize(), b64.encodeToString(cp.root()),
                cp.time().toString(), cp.keyFingerprint(), b64.encodeToString(cp.signature())), entries);
    }

    static List<CaseFileWriter.Payload> payloads() {
        return List.of(
                new CaseFileWriter.Payload(CaseFileNames.CASE_JSON, "case", "application/json",
                        "{\"caseKind\":\"legal-order\",\"caseId\":\"7\"}".getBytes(StandardCharsets.UTF_8)),
                new CaseFileWriter.Payload(CaseFileNames.REPORT_PDF, "report", "application/pdf",
                        "%PDF-1.4 pretend report".getBytes(StandardCharsets.UTF_8)),
                new CaseFileWriter.Payload(CaseFileNames.attachment(1), "attachment", "application/octet-stream",
                        new byte[200_000]));
    }

    CaseFileWriter.Sealed seal(String caseId, char[] passphrase) {
        return CaseFileWriter.write(new CaseFileWriter.Sealing("legal-order", caseId, T0.plusSeconds(120), "olivia",
                WORKSPACE, proof(1, 4, 6), key.publicKey(), key.fingerprint(), key::signMessage), payloads(), passphrase);
    }

    public Path write(Path folder, String name, String caseId, char[] passphrase) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, seal(caseId, passphrase).bytes());
        return file;
    }

    /** The entries of a (well-formed) case file, by name, in order. */
    static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    /** A consistent archive (right CRCs and sizes) holding exactly these entries. */
    static byte[] rezip(Map<String, byte[]> entries) {
        RawZip zip = new RawZip();
        entries.forEach((name, bytes) -> zip.add(RawZip.Entry.stored(name, bytes)));
        return zip.bytes();
    }
}
