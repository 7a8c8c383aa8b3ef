package com.custodia.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.custodia.ledger.SigningKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The format without any workspace: a sealed file opens with its seal, proofs and payload; any change
 * to any entry, a removed or added entry, a swapped manifest, a wrong passphrase and an unknown key are
 * each refused or flagged with their reason.
 */
class CaseFileFormatTest {

    private static final char[] PASSPHRASE = "a reviewer's long passphrase".toCharArray();

    @TempDir
    Path dir;

    private Path temp;
    private TestCases cases;
    private TrustStore trust;

    @BeforeEach
    void setUp() throws Exception {
        temp = Files.createDirectory(dir.resolve("tmp"));
        cases = new TestCases();
        trust = new TrustStore(dir.resolve("config").resolve(TrustStore.FILE_NAME));
    }

    private CaseFileReader reader() {
        return new CaseFileReader(trust, temp, ArchiveLimits.DEFAULT);
    }

    private CaseFileException refused(Path file, char[] passphrase) {
        try (OpenedCase opened = reader().open(file, passphrase)) {
            throw new AssertionError("opened: " + opened.seal());
        } catch (CaseFileException e) {
            assertThat(temp).as("nothing left in the temporary folder").isEmptyDirectory();
            return e;
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aSealedCaseOpensWithItsSealProofsAndPayload() throws Exception {
        Path file = cases.write(dir, "case.custodia", "7", null);

        try (OpenedCase opened = reader().open(file, null)) {
            assertThat(opened.seal().exporter()).isEqualTo("olivia");
            assertThat(opened.seal().workspaceId()).isEqualTo(TestCases.WORKSPACE);
            assertThat(opened.seal().fingerprint()).isEqualTo(cases.key.fingerprint());
            assertThat(opened.seal().knownKey()).isFalse();
            assertThat(opened.seal().summary()).contains("WARNING").contains(cases.key.fingerprint());
            assertThat(opened.ledgerEntries()).extracting(ProvenLedgerEntry::seq).containsExactly(1L, 4L, 6L);
            assertThat(opened.ledgerEntries()).allMatch(ProvenLedgerEntry::proven);
            assertThat(opened.ledgerEntries().get(0).fields()).containsEntry("purpose", "order 1");
            assertThat(opened.caseJson()).hasValueSatisfying(json -> assertThat(json).contains("\"caseId\":\"7\""));
            assertThat(opened.report()).isPresent();
            assertThat(opened.payload(CaseFileNames.attachment(1))).hasValueSatisfying(b -> assertThat(b).hasSize(200_000));
            assertThat(opened.manifest().entries()).extracting(Manifest.EntryRef::name)
                    .containsExactly("payload/case.json", "payload/report.pdf", "payload/attachment-1.bin");
        }
        assertThat(temp).as("closing deletes the unpacked entries").isEmptyDirectory();
        assertThat(Files.list(dir).map(p -> p.getFileName().toString()))
                .containsExactlyInAnyOrder("case.custodia", "tmp");
    }

    @Test
    void aPinnedKeyIsShownByItsLabel() throws Exception {
        Path file = cases.write(dir, "case.custodia", "7", null);
        trust.pin(java.util.Base64.getEncoder().encodeToString(cases.key.publicKey()), "Acme privacy office",
                Instant.now());

        try (OpenedCase opened = reader().open(file, null)) {
            assertThat(opened.seal().knownKey()).isTrue();
            assertThat(opened.seal().summary()).contains("pinned as \"Acme privacy office\"").doesNotContain("WARNING");
        }
        assertThat(trust.unpin(cases.key.fingerprint().substring(0, 12))).isTrue();
        assertThat(trust.list()).isEmpty();
    }

    @Test
    void anEncryptedPayloadOpensWithItsPassphraseOnly() throws Exception {
        Path file = cases.write(dir, "case.custodia", "7", PASSPHRASE.clone());
        Map<String, byte[]> raw = TestCases.entries(Files.readAllBytes(file));
        assertThat(new String(raw.get(CaseFileNames.CASE_JSON), StandardCharsets.ISO_8859_1)).doesNotContain("caseKind");
        assertThat(new String(raw.get(CaseFileNames.MANIFEST), StandardCharsets.UTF_8))
                .contains("PBKDF2WithHmacSHA256").contains("\"iterations\" : 600000");

        try (OpenedCase opened = reader().open(file, PASSPHRASE.clone())) {
            assertThat(opened.caseJson()).hasValueSatisfying(json -> assertThat(json).contains("\"caseId\":\"7\""));
            assertThat(opened.payload(CaseFileNames.attachment(1))).hasValueSatisfying(b -> assertThat(b).hasSize(200_000));
        }
        try (OpenedCase locked = reader().open(file, null)) {
            assertThat(locked.payloadOpen()).isFalse();
            assertThat(locked.caseJson()).isEmpty();
            assertThat(locked.ledgerEntries()).hasSize(3);
        }
        CaseFileException wrong = refused(file, "not the passphrase".toCharArray());
        assertThat(wrong.problem()).isEqualTo(CaseFileException.Problem.WRONG_PASSPHRASE);
        assertThat(wrong.getMessage()).startsWith("Wrong passphrase");
    }

    @Test
    void aFlippedBitInAnyEntryIsFoundAndNamed() throws Exception {
        byte[] sealed = cases.seal("7", null).bytes();
        Map<String, byte[]> entries = TestCases.entries(sealed);
        for (String name : entries.keySet()) {
            Map<String, byte[]> changed = new LinkedHashMap<>(entries);
            byte[] bytes = changed.get(name).clone();
            bytes[bytes.length / 2] ^= 0x04;
            changed.put(name, bytes);
            Path file = Files.write(dir.resolve("flipped.custodia"), TestCases.rezip(changed));

            CaseFileException e = refused(file, null);

            assertThat(e.problem()).as(name).isEqualTo(CaseFileException.Problem.BROKEN);
            if (name.startsWith("payload/")) {
                assertThat(e.getMessage()).contains("\"" + name + "\" was changed after sealing");
            } else if (name.equals(CaseFileNames.SIGNATURE)) {
                assertThat(e.getMessage()).containsAnyOf("signature does not match", "not Base64");
            } else {
                assertThat(e.getMessage()).as(name).containsAnyOf("signature does not match", "not a case file manifest");
            }
        }
    }

    @Test
    void aFlippedBitInTheArchiveItselfFailsItsCrc() throws Exception {
        byte[] sealed = cases.seal("7", null).bytes();
        // the stored attachment is the middle of the file: a flip there leaves every header intact
        sealed[sealed.length / 2] ^= 0x01;
        Path file = Files.write(dir.resolve("flipped.custodia"), sealed);

        CaseFileException e = refused(file, null);

        assertThat(e.getMessage()).contains("CRC-32");
    }

    @Test
    void aRemovedOrAddedEntryIsNamed() throws Exception {
        Map<String, byte[]> entries = TestCases.entries(cases.seal("7", null).bytes());

        Map<String, byte[]> removed = new LinkedHashMap<>(entries);
        removed.remove(CaseFileNames.REPORT_PDF);
        assertThat(refused(Files.write(dir.resolve("removed.custodia"), TestCases.rezip(removed)), null).getMessage())
                .contains("\"payload/report.pdf\" listed in the manifest is missing");

        Map<String, byte[]> added = new LinkedHashMap<>(entries);
        added.put("payload/attachment-2.bin", "slipped in".getBytes(StandardCharsets.UTF_8));
        assertThat(refused(Files.write(dir.resolve("added.custodia"), TestCases.rezip(added)), null).getMessage())
                .contains("\"payload/attachment-2.bin\" is not in the manifest");

        Map<String, byte[]> noManifest = new LinkedHashMap<>(entries);
        noManifest.remove(CaseFileNames.MANIFEST);
        assertThat(refused(Files.write(dir.resolve("bare.custodia"), TestCases.rezip(noManifest)), null).getMessage())
                .contains("no manifest.json");
    }

    @Test
    void aSwappedManifestIsRefused() throws Exception {
        Map<String, byte[]> seven = TestCases.entries(cases.seal("7", null).bytes());
        Map<String, byte[]> eight = TestCases.entries(cases.seal("8", null).bytes());

        Map<String, byte[]> manifestOnly = new LinkedHashMap<>(seven);
        manifestOnly.put(CaseFileNames.MANIFEST, eight.get(CaseFileNames.MANIFEST));
        assertThat(refused(Files.write(dir.resolve("m.custodia"), TestCases.rezip(manifestOnly)), null).getMessage())
                .contains("signature does not match the manifest");

        // manifest and signature of another sealing: signed, but the payload is not the one it lists
        Map<String, byte[]> both = new LinkedHashMap<>(seven);
        both.put(CaseFileNames.MANIFEST, eight.get(CaseFileNames.MANIFEST));
        both.put(CaseFileNames.SIGNATURE, eight.get(CaseFileNames.SIGNATURE));
        both.put(CaseFileNames.CASE_JSON, "{\"caseKind\":\"legal-order\",\"caseId\":\"9\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(refused(Files.write(dir.resolve("ms.custodia"), TestCases.rezip(both)), null).getMessage())
                .contains("\"payload/case.json\" was changed after sealing");
    }

    @Test
    void aManifestResignedByAnotherKeyWithAForgedProofIsBroken() throws Exception {
        SigningKey mallory = SigningKey.generate();
        TestCases forged = new TestCases(mallory, 7);
        Manifest.LedgerProof honest = forged.proof(1);
        Manifest.ProvenEntry entry = honest.entries().get(0);
        Manifest.LedgerProof lie = new Manifest.LedgerProof(honest.checkpoint(), List.of(new Manifest.ProvenEntry(
                entry.seq(), entry.content().replace("order 1", "order one"), entry.leafHash(), entry.proof())));
        byte[] bytes = CaseFileWriter.write(new CaseFileWriter.Sealing("legal-order", "7", TestCases.T0, "mallory",
                TestCases.WORKSPACE, lie, mallory.publicKey(), mallory.fingerprint(), mallory::signMessage),
                TestCases.payloads(), null).bytes();

        CaseFileException e = refused(Files.write(dir.resolve("forged.custodia"), bytes), null);

        assertThat(e.getMessage()).contains("Ledger entry 1 is not proven").contains("does not give its leaf hash");
    }

    @Test
    void reviewNotesGoBesideTheCaseWhichStaysUntouched() throws Exception {
        Path file = cases.write(dir, "case.custodia", "7", null);
        byte[] before = Files.readAllBytes(file);
        try (OpenedCase opened = reader().open(file, null)) {
            ReviewNotes notes = ReviewNotes.empty(opened)
                    .with(new ReviewNotes.Note("ledger:4", ReviewNotes.Decision.QUESTIONED, "why twice?", "rita",
                            "2026-03-02T09:00:00Z"))
                    .with(new ReviewNotes.Note("case", ReviewNotes.Decision.ACCEPTED, "", "rita", "2026-03-02T09:05:00Z"));
            ReviewNotesFile.write(ReviewNotesFile.beside(file), notes);
        }
        Path review = dir.resolve("case.custodia.review.json");
        assertThat(ReviewNotesFile.read(review)).hasValueSatisfying(n -> {
            assertThat(n.notes()).hasSize(2);
            assertThat(n.caseId()).isEqualTo("7");
        });
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }
}
