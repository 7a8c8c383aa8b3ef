package com.custodia.ledger;

import com.custodia.domain.Progress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Verifies a ledger in one pass: every leaf against its content, every chain link, every signed
 * checkpoint's signature and root, and the head. The first break is classified (modified,
 * inserted, deleted, reordered, truncated, forked) from what the stored hashes still say about
 * where each entry used to be.
 */
public final class ChainVerifier {

    /** The genesis "previous chain hash": 32 zero bytes. */
    public static final byte[] GENESIS = new byte[32];

    /** The head row: how many entries the ledger says it has, and the last chain hash. */
    public record Head(long size, byte[] chainHash) {
    }

    /** Where a checkpoint came from: the database, or an anchor file kept outside it. */
    public enum Source { DATABASE, ANCHOR_FILE }

    public record SourcedCheckpoint(Checkpoint checkpoint, Source source) {
    }

    /** Finds which entry a row's chain hash says came right before it; only asked when a link is broken. */
    @FunctionalInterface
    public interface ChainIndex {
        /** The position q with SHA-256(chain(q) || leaf) == chain, -1 for the genesis, or null if none. */
        Long predecessorOf(byte[] leafHash, byte[] chainHash);
    }

    private ChainVerifier() {
    }

    public static byte[] chain(byte[] previous, byte[] leaf) {
        var md = Merkle.localSha256();
        md.update(previous);
        return md.digest(leaf);
    }

    public static VerificationReport verify(String workspaceId, Iterator<StoredRow> rows, Head head,
                                            List<SourcedCheckpoint> checkpoints, Map<String, byte[]> keys,
                                            ChainIndex index, long expectedTotal, Progress progress) {
        List<SourcedCheckpoint> sorted = new ArrayList<>(checkpoints);
        sorted.sort(Comparator.comparingLong(c -> c.checkpoint().treeSize()));
        CheckpointSignatures signatures = CheckpointSignatures.start(workspaceId, sorted, keys);
        if (signatures.failedSoFar()) {
            // checked at once (few checkpoints) and one does not hold: nothing to read
            return signatures.result();
        }
        VerificationReport walked;
        try {
            walked = walk(rows, head, sorted, signatures, index, expectedTotal, progress);
        } catch (RuntimeException | Error e) {
            signatures.cancel();
            throw e;
        }
        // a checkpoint that is not signed is reported before anything the walk found, as it always was
        VerificationReport forged = signatures.result();
        return forged != null ? forged : walked;
    }

    /** The walk over the rows in order; null when it stopped early because a signature does not hold. */
    private static VerificationReport walk(Iterator<StoredRow> rows, Head head, List<SourcedCheckpoint> sorted,
                                           CheckpointSignatures signatures, ChainIndex index, long expectedTotal,
                                           Progress progress) {
        int checked = 0;
        MerkleFrontier frontier = new MerkleFrontier();
        byte[] prev = GENESIS;
        long pos = 0;
        long lastGood = 0;
        int cpIndex = 0;
        StoredRow next = rows.hasNext() ? rows.next() : null;
        while (next != null) {
            StoredRow row = next;
            next = rows.hasNext() ? rows.next() : null;
            if (row.seq() != pos) {
                if (row.seq() > pos) {
                    return VerificationReport.broken(pos, checked, pos, TamperKind.DELETED,
                            "entry " + pos + " is missing: the next entry is numbered " + row.seq());
                }
                return VerificationReport.broken(pos, checked, row.seq(), TamperKind.INSERTED,
                        "entry " + row.seq() + " appears twice");
            }
            if (row.contentLeaf() == null) {
                return VerificationReport.broken(pos, checked, pos, TamperKind.MODIFIED,
                        "the stored fields of entry " + pos + " hold a value no entry can have");
            }
            if (row.chainHash() == null || !Arrays.equals(row.contentLeaf(), row.leafHash())) {
                return VerificationReport.broken(pos, checked, pos, TamperKind.MODIFIED,
                        "the content of entry " + pos + " no longer matches its hash");
            }
            if (row.actualPersonsDigest() != null && !Arrays.equals(row.actualPersonsDigest(), row.recordedPersonsDigest())) {
                return VerificationReport.broken(pos, checked, pos, TamperKind.MODIFIED,
                        "the persons listed for entry " + pos + " are not the persons it recorded");
            }
            if (!Arrays.equals(chain(prev, row.leafHash()), row.chainHash())) {
                return classifyBrokenLink(pos, row, prev, next, head, index, checked);
            }
            frontier.add(row.leafHash());
            pos++;
            prev = row.chainHash();
            // several checkpoints may sign the same size; any one that disagrees breaks everything since the last agreement
            long goodBefore = lastGood;
            while (cpIndex < sorted.size() && sorted.get(cpIndex).checkpoint().treeSize() == pos) {
                SourcedCheckpoint sc = sorted.get(cpIndex++);
                if (!Arrays.equals(frontier.root(), sc.checkpoint().root())) {
                    TamperKind kind = sc.source() == Source.DATABASE ? TamperKind.MODIFIED : TamperKind.FORKED;
                    return VerificationReport.broken(pos, checked, goodBefore, kind, "entries " + goodBefore + " to "
                            + (pos - 1) + " no longer match the signed checkpoint of size " + pos + " (" + where(sc) + ")");
                }
                lastGood = pos;
                checked++;
            }
            while (cpIndex < sorted.size() && sorted.get(cpIndex).checkpoint().treeSize() < pos) {
                cpIndex++; // an empty-tree checkpoint or duplicates already passed
            }
            if ((pos & 0xFFFF) == 0 && signatures.failedSoFar()) {
                return null;
            }
            if (expectedTotal > 0 && (pos & 0xFFFF) == 0) {
                progress.update(Math.min(1.0, (double) pos / expectedTotal), pos + " entries checked");
                progress.checkCancelled();
            }
        }
        if (cpIndex < sorted.size()) {
            SourcedCheckpoint sc = sorted.get(sorted.size() - 1);
            return VerificationReport.broken(pos, checked, pos, TamperKind.TRUNCATED, "a signed checkpoint ("
                    + where(sc) + ") covers " + sc.checkpoint().treeSize() + " entries; only " + pos + " remain");
        }
        if (head.size() > pos) {
            return VerificationReport.broken(pos, checked, pos, TamperKind.TRUNCATED,
                    "the ledger head records " + head.size() + " entries; only " + pos + " remain");
        }
        if (head.size() < pos) {
            return VerificationReport.broken(pos, checked, head.size(), TamperKind.INSERTED,
                    "entries from " + head.size() + " on were added outside the ledger (the head records " + head.size() + ")");
        }
        if (!Arrays.equals(head.chainHash(), prev)) {
            return VerificationReport.broken(pos, checked, Math.max(0, pos - 1), TamperKind.MODIFIED,
                    "the ledger head does not match the last entry");
        }
        return VerificationReport.intact(pos, frontier.root(), checked);
    }

    private static VerificationReport classifyBrokenLink(long j, StoredRow row, byte[] prev, StoredRow next, Head head,
                                                         ChainIndex index, int checked) {
        Long q = index.predecessorOf(row.leafHash(), row.chainHash());
        if (q != null && q == j - 2) {
            return VerificationReport.broken(j, checked, j - 1, TamperKind.INSERTED,
                    "entry " + (j - 1) + " is not part of the chain: entry " + j + " was appended right after " + (j - 2));
        }
        if (q == null) {
            if (next != null && Arrays.equals(chain(prev, next.leafHash()), next.chainHash())) {
                return VerificationReport.broken(j, checked, j, TamperKind.INSERTED,
                        "entry " + j + " is not part of the chain: entry " + (j + 1) + " was appended right after " + (j - 1));
            }
            if (next == null && head.size() <= j) {
                return VerificationReport.broken(j, checked, j, TamperKind.INSERTED,
                        "entry " + j + " was added after the last entry of the chain");
            }
            return VerificationReport.broken(j, checked, j, TamperKind.DELETED,
                    "the entry that came before entry " + j + " in the chain is missing");
        }
        return VerificationReport.broken(j, checked, j, TamperKind.REORDERED,
                "entry " + j + " was appended after entry " + q + ", not after entry " + (j - 1));
    }

    static String where(SourcedCheckpoint sc) {
        return sc.source() == Source.DATABASE ? "in the database" : "in an anchor file";
    }
}
