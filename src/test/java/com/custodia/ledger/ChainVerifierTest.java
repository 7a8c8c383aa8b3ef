package com.custodia.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.LegalBasis;
import com.custodia.domain.Progress;
import com.custodia.domain.RecipientKind;
import com.custodia.ledger.ChainVerifier.Head;
import com.custodia.ledger.ChainVerifier.Source;
import com.custodia.ledger.ChainVerifier.SourcedCheckpoint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The verifier's classification of every kind of tampering, on an in-memory ledger. */
class ChainVerifierTest {

    static final String WS = "ws-1";
    final SigningKey key = SigningKey.generate();
    List<StoredRow> rows;
    /** The content each row of {@link #rows} was built from, in the same order. */
    List<EntryContent> contents;
    List<SourcedCheckpoint> checkpoints;
    List<SourcedCheckpoint> anchors;

    static EntryContent content(int i) {
        return new EntryContent(Instant.parse("2026-02-01T10:00:00Z").plusSeconds(i), "officer", List.of("PRIVACY_OFFICER"),
                RecipientKind.THIRD_PARTY, "Recipient " + i, null, LegalBasis.CONSENT, "consent-" + i, 1,
                EntryContent.personsDigest(List.of((long) i)), List.of("contact"), List.of("email"), "purpose " + i,
                "file", "00".repeat(32), null, null);
    }

    /** Builds rows 0..n-1 with correct hashes. */
    static List<StoredRow> build(List<EntryContent> contents) {
        List<StoredRow> out = new ArrayList<>();
        byte[] prev = ChainVerifier.GENESIS;
        for (int i = 0; i < contents.size(); i++) {
            byte[] leaf = contents.get(i).leafHash();
            byte[] chain = ChainVerifier.chain(prev, leaf);
            out.add(StoredRow.of(i, contents.get(i), contents.get(i).personsDigest(), leaf, chain));
            prev = chain;
        }
        return out;
    }

    SourcedCheckpoint checkpoint(List<StoredRow> of, int size, Source source) {
        byte[] root = Merkle.root(i -> of.get((int) i).leafHash(), size);
        return new SourcedCheckpoint(key.sign(WS, size, root, Instant.parse("2026-02-02T00:00:00Z")), source);
    }

    @BeforeEach
    void ledgerOf250WithCheckpointsEvery100() {
        contents = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            contents.add(content(i));
        }
        rows = build(contents);
        checkpoints = new ArrayList<>(List.of(checkpoint(rows, 100, Source.DATABASE), checkpoint(rows, 200, Source.DATABASE)));
        anchors = new ArrayList<>(List.of(checkpoint(rows, 200, Source.ANCHOR_FILE)));
    }

    VerificationReport verify(List<StoredRow> current) {
        return verify(current, new Head(current.isEmpty() ? 0 : current.size(),
                current.isEmpty() ? ChainVerifier.GENESIS : current.get(current.size() - 1).chainHash()));
    }

    VerificationReport verify(List<StoredRow> current, Head head) {
        List<SourcedCheckpoint> all = new ArrayList<>(checkpoints);
        all.addAll(anchors);
        ChainVerifier.ChainIndex index = (leaf, chain) -> {
            if (Arrays.equals(ChainVerifier.chain(ChainVerifier.GENESIS, leaf), chain)) {
                return -1L;
            }
            for (int q = 0; q < current.size(); q++) {
                if (Arrays.equals(ChainVerifier.chain(current.get(q).chainHash(), leaf), chain)) {
                    return (long) q;
                }
            }
            return null;
        };
        return ChainVerifier.verify(WS, current.iterator(), head, all, Map.of(key.fingerprint(), key.publicKey()),
                index, current.size(), Progress.NONE);
    }

    static StoredRow renumber(StoredRow r, long seq) {
        return r.withSeq(seq);
    }

    @Test
    void anIntactLedgerVerifiesWithItsTreeHead() {
        VerificationReport report = verify(rows);
        assertThat(report.ok()).isTrue();
        assertThat(report.entries()).isEqualTo(250);
        assertThat(report.treeHead()).isEqualTo(Merkle.root(i -> rows.get((int) i).leafHash(), 250));
        assertThat(report.checkpointsChecked()).isEqualTo(3);
        assertThat(report.summary()).startsWith("OK 250 entries, head ");
    }

    @Test
    void changedFieldIsModifiedAtThatEntry() {
        StoredRow r = rows.get(137);
        EntryContent c = contents.get(137);
        EntryContent changed = new EntryContent(c.time(), c.operator(), c.operatorRoles(), c.recipientKind(), "Someone else",
                c.recipientAddress(), c.basis(), c.reference(), c.personCount(), c.personsDigest(), c.categories(),
                c.fields(), c.purpose(), c.channel(), c.payloadSha256(), c.seriesId(), c.nonNotificationUntil());
        rows.set(137, StoredRow.of(137, changed, c.personsDigest(), r.leafHash(), r.chainHash()));
        assertBroken(verify(rows), 137, TamperKind.MODIFIED);
    }

    @Test
    void changedPersonsListIsModified() {
        StoredRow r = rows.get(42);
        rows.set(42, StoredRow.of(42, contents.get(42), EntryContent.personsDigest(List.of(999L)), r.leafHash(),
                r.chainHash()));
        assertBroken(verify(rows), 42, TamperKind.MODIFIED);
    }

    @Test
    void deletedMiddleEntryIsDeleted() {
        rows.remove(120);
        assertBroken(verify(rows), 120, TamperKind.DELETED);
    }

    @Test
    void deletedMiddleEntryWithRenumberingIsDeleted() {
        rows.remove(120);
        for (int i = 120; i < rows.size(); i++) {
            rows.set(i, renumber(rows.get(i), i));
        }
        assertBroken(verify(rows), 120, TamperKind.DELETED);
    }

    @Test
    void forgedEntryWithACorrectlyComputedLinkIsInserted() {
        EntryContent forged = content(10_000);
        byte[] leaf = forged.leafHash();
        byte[] chain = ChainVerifier.chain(rows.get(149).chainHash(), leaf);
        rows.add(150, StoredRow.of(150, forged, forged.personsDigest(), leaf, chain));
        for (int i = 151; i < rows.size(); i++) {
            rows.set(i, renumber(rows.get(i), i));
        }
        assertBroken(verify(rows), 150, TamperKind.INSERTED);
    }

    @Test
    void forgedEntryWithAGarbageLinkIsInserted() {
        EntryContent forged = content(10_000);
        rows.add(150, StoredRow.of(150, forged, forged.personsDigest(), forged.leafHash(), new byte[32]));
        for (int i = 151; i < rows.size(); i++) {
            rows.set(i, renumber(rows.get(i), i));
        }
        assertBroken(verify(rows), 150, TamperKind.INSERTED);
    }

    @Test
    void swappedAdjacentEntriesAreReordered() {
        StoredRow a = rows.get(60);
        StoredRow b = rows.get(61);
        rows.set(60, renumber(b, 60));
        rows.set(61, renumber(a, 61));
        assertBroken(verify(rows), 60, TamperKind.REORDERED);
    }

    @Test
    void swappedDistantEntriesAreReordered() {
        StoredRow a = rows.get(30);
        StoredRow b = rows.get(90);
        rows.set(30, renumber(b, 30));
        rows.set(90, renumber(a, 90));
        assertBroken(verify(rows), 30, TamperKind.REORDERED);
    }

    @Test
    void lastEntriesDeletedAfterACheckpointAreTruncated() {
        List<StoredRow> kept = new ArrayList<>(rows.subList(0, 190));
        // even with the head rewritten to match, the signed checkpoint of size 200 remains
        assertBroken(verify(kept, new Head(190, kept.get(189).chainHash())), 190, TamperKind.TRUNCATED);
    }

    @Test
    void lastEntriesDeletedBeyondEveryCheckpointAreCaughtByTheHead() {
        List<StoredRow> kept = new ArrayList<>(rows.subList(0, 240));
        assertBroken(verify(kept, new Head(250, rows.get(249).chainHash())), 240, TamperKind.TRUNCATED);
    }

    @Test
    void rebuiltChainWithRecomputedHashesIsCaughtByTheSignedCheckpoint() {
        contents.set(150, content(77_777));
        rows = build(contents);
        assertBroken(verify(rows), 100, TamperKind.MODIFIED);
    }

    @Test
    void olderCopyRestoredAndAppendedToForksFromTheAnchorFile() {
        // the database is restored to 150 entries, its own checkpoints with it, and new entries follow
        contents = new ArrayList<>(contents.subList(0, 150));
        for (int i = 0; i < 100; i++) {
            contents.add(content(5_000 + i));
        }
        rows = build(contents);
        checkpoints = new ArrayList<>(List.of(checkpoint(rows, 100, Source.DATABASE)));
        assertBroken(verify(rows), 100, TamperKind.FORKED);
    }

    @Test
    void olderCopyRestoredAloneIsTruncated() {
        rows = new ArrayList<>(rows.subList(0, 150));
        checkpoints = new ArrayList<>(List.of(checkpoint(rows, 100, Source.DATABASE)));
        assertBroken(verify(rows), 150, TamperKind.TRUNCATED);
    }

    @Test
    void aCheckpointSignedByAnUnknownKeyIsRefused() {
        SigningKey other = SigningKey.generate();
        byte[] root = Merkle.root(i -> rows.get((int) i).leafHash(), 100);
        checkpoints.add(new SourcedCheckpoint(other.sign(WS, 100, root, Instant.now()), Source.DATABASE));
        VerificationReport report = verify(rows);
        assertThat(report.ok()).isFalse();
        assertThat(report.detail()).contains("not signed by a key");
    }

    @Test
    void aTamperedCheckpointSignatureIsRefused() {
        Checkpoint cp = checkpoints.get(0).checkpoint();
        byte[] root = cp.root().clone();
        root[3] ^= 1;
        checkpoints.set(0, new SourcedCheckpoint(new Checkpoint(cp.workspaceId(), cp.treeSize(), root, cp.time(),
                cp.keyFingerprint(), cp.signature()), Source.DATABASE));
        assertThat(verify(rows).ok()).isFalse();
    }

    /** More checkpoints than are checked inline: a ledger of 30,000 entries signed every 100, as appends sign it. */
    @Test
    void manyCheckpointsAreCheckedBesideTheWalkAndTheFirstBadSignatureIsReported() {
        List<EntryContent> many = new ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            many.add(content(i));
        }
        List<StoredRow> big = build(many);
        MerkleFrontier frontier = new MerkleFrontier();
        checkpoints.clear();
        anchors.clear();
        for (int i = 0; i < big.size(); i++) {
            frontier.add(big.get(i).leafHash());
            if ((i + 1) % 100 == 0) {
                checkpoints.add(new SourcedCheckpoint(key.sign(WS, i + 1, frontier.root(),
                        Instant.parse("2026-02-02T00:00:00Z")), Source.DATABASE));
            }
        }
        assertThat(checkpoints).hasSizeGreaterThan(CheckpointSignatures.INLINE);
        VerificationReport intact = verify(big);
        assertThat(intact.ok()).as(intact.detail()).isTrue();
        assertThat(intact.checkpointsChecked()).isEqualTo(300);

        // two checkpoints with a flipped signature bit; the earlier one (by size) is reported, listed in any order
        for (int index : new int[] {250, 120}) {
            Checkpoint cp = checkpoints.get(index).checkpoint();
            byte[] signature = cp.signature().clone();
            signature[10] ^= 1;
            checkpoints.set(index, new SourcedCheckpoint(new Checkpoint(cp.workspaceId(), cp.treeSize(), cp.root(),
                    cp.time(), cp.keyFingerprint(), signature), Source.DATABASE));
        }
        java.util.Collections.reverse(checkpoints);
        VerificationReport forged = verify(big);
        assertThat(forged.ok()).isFalse();
        assertThat(forged.kind()).isEqualTo(TamperKind.MODIFIED);
        assertThat(forged.detail()).isEqualTo("the checkpoint of size 12100 (in the database) is not signed by a key "
                + "registered for this workspace");
    }

    static void assertBroken(VerificationReport report, long at, TamperKind kind) {
        assertThat(report.ok()).as("tampering detected").isFalse();
        assertThat(report.kind()).as(report.detail()).isEqualTo(kind);
        assertThat(report.brokenAt()).as(report.detail()).isEqualTo(at);
        assertThat(report.summary()).isEqualTo("TAMPERED at " + at + ": " + kind.name().toLowerCase());
    }
}
