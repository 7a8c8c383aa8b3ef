package com.custodia.service.ledger;

import com.custodia.domain.Progress;
import com.custodia.domain.SecurityEventKind;
import com.custodia.ledger.AnchorFiles;
import com.custodia.ledger.AppendedEntry;
import com.custodia.ledger.ChainVerifier;
import com.custodia.ledger.Checkpoint;
import com.custodia.ledger.EntryDraft;
import com.custodia.ledger.LedgerStore;
import com.custodia.ledger.LedgerVerification;
import com.custodia.ledger.Merkle;
import com.custodia.ledger.MerkleFrontier;
import com.custodia.ledger.SigningKey;
import com.custodia.ledger.TreeEdgeFile;
import com.custodia.ledger.VerificationReport;
import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.service.security.AccessGuard;
import com.custodia.service.security.SecurityLog;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The disclosure ledger as a service: appends (for the disclosure gate only), signed
 * checkpoints every {@value #CHECKPOINT_EVERY} entries, at exports and at exit, and verification.
 */
public final class LedgerService {

    private static final Logger LOG = LoggerFactory.getLogger(LedgerService.class);
    public static final int CHECKPOINT_EVERY = 100;

    private final LedgerStore store;
    private final SigningKey key;
    private final Path anchors;
    private final String workspaceId;
    private final AccessGuard guard;
    private final SecurityLog log;
    private final Clock clock;
    /** The tree as far as this process has read or appended it; entries never change, so it only grows. */
    private MerkleFrontier frontier = new MerkleFrontier();
    /** Leaves appended here that arrived before an earlier entry's (concurrent appends), by number. */
    private final TreeMap<Long, byte[]> early = new TreeMap<>();
    /** Leaf hashes read back from the database to bring the tree up to a checkpoint, over this process's life. */
    private long leavesRead;

    /**
     * @param key     this installation's unlocked signing key, or null when it is locked
     *                (then nothing can be disclosed, because no checkpoint could be signed)
     * @param anchors the folder for anchor files
     */
    public LedgerService(LedgerStore store, SigningKey key, Path anchors, String workspaceId, AccessGuard guard,
                         SecurityLog log, Clock clock) {
        this.store = store;
        this.key = key;
        this.anchors = anchors;
        this.workspaceId = workspaceId;
        this.guard = guard;
        this.log = log;
        this.clock = clock;
    }

    public boolean canSign() {
        return key != null;
    }

    public String keyFingerprint() {
        return key == null ? null : key.fingerprint();
    }

    public LedgerStore store() {
        return store;
    }

    /** Appends and commits one entry; signs a checkpoint when the tree reaches a multiple of 100. */
    public AppendedEntry append(EntryDraft draft) {
        if (key == null) {
            throw new IllegalStateException("This workstation's signing key is locked, so nothing can be disclosed.");
        }
        AppendedEntry entry = store.append(draft);
        grow(entry);
        if ((entry.seq() + 1) % CHECKPOINT_EVERY == 0) {
            checkpointAt(entry.seq() + 1);
        }
        return entry;
    }

    /**
     * Adds the appended entry's leaf to the tree, so the next checkpoint need not read it back.
     * A leaf that arrives before an earlier one (another thread's append not yet returned) waits
     * a moment; one from beyond a gap (another workstation's appends) is left for the checkpoint
     * to read.
     */
    private synchronized void grow(AppendedEntry entry) {
        if (entry.seq() < frontier.size()) {
            return;
        }
        if (entry.seq() > frontier.size()) {
            if (early.size() < CHECKPOINT_EVERY) {
                early.put(entry.seq(), entry.leafHash());
            }
            return;
        }
        frontier.add(entry.leafHash());
        for (byte[] next = early.remove(frontier.size()); next != null; next = early.remove(frontier.size())) {
            frontier.add(next);
        }
        early.headMap(frontier.size()).clear();
    }

    /** Signs the current tree head and stores it in the database and as an anchor file. */
    public synchronized Checkpoint checkpoint() {
        return checkpointAt(store.head().size());
    }

    private synchronized Checkpoint checkpointAt(long size) {
        if (key == null) {
            throw new IllegalStateException("This workstation's signing key is locked.");
        }
        if (frontier.size() > size) {
            // the database holds fewer entries than this process saw (restored or truncated behind its back):
            // sign what is there now; verification reports the loss against the earlier checkpoints
            LOG.warn("The ledger has {} entries, fewer than the {} seen before", size, frontier.size());
            frontier = new MerkleFrontier();
            early.clear();
        }
        if (frontier.size() == 0 && size > CHECKPOINT_EVERY) {
            MerkleFrontier resumed = signedEdge(size);
            if (resumed != null) {
                frontier = resumed;
            }
        }
        if (frontier.size() < size) {
            leavesRead += size - frontier.size();
            store.leafHashes(frontier.size(), size).forEach(frontier::add);
            early.headMap(frontier.size()).clear();
        }
        if (frontier.size() != size) {
            throw new IllegalStateException("ledger entries " + frontier.size() + " to " + (size - 1) + " are missing");
        }
        Checkpoint cp = key.sign(workspaceId, size, frontier.root(), clock.instant());
        store.insertCheckpoint(cp);
        try {
            AnchorFiles.write(anchors, cp);
        } catch (IOException e) {
            // the checkpoint is in the database and signed; the missing file weakens only the fork check
            LOG.warn("Could not write the anchor file: {}", e.getMessage());
        }
        try {
            TreeEdgeFile.write(anchors, workspaceId, frontier);
        } catch (IOException e) {
            // only a shortcut: the next process reads the leaves instead
            LOG.warn("Could not write the tree edge file: {}", e.getMessage());
        }
        return cp;
    }

    /**
     * The tree's edge as the last checkpoint left it ({@link TreeEdgeFile}), if its root is the
     * root of a checkpoint signed for this workspace at that size by a registered key, and it is
     * no larger than the ledger; otherwise null, and the leaves are read from the start. An edge
     * whose leaves the database no longer holds makes the next checkpoint disagree with the rows,
     * which is what verification must then report.
     */
    private MerkleFrontier signedEdge(long size) {
        MerkleFrontier edge = TreeEdgeFile.read(anchors, workspaceId);
        if (edge == null || edge.size() == 0 || edge.size() > size) {
            return null;
        }
        byte[] root = edge.root();
        Map<String, byte[]> keys = store.keys();
        for (Checkpoint cp : store.checkpointsAt(workspaceId, edge.size())) {
            byte[] publicKey = keys.get(cp.keyFingerprint());
            if (Arrays.equals(cp.root(), root) && publicKey != null && SigningKey.verify(cp, publicKey)) {
                return edge;
            }
        }
        LOG.warn("The tree edge file does not match a signed checkpoint of {} entries; reading the leaves instead",
                edge.size());
        return null;
    }

    /** How many leaf hashes checkpoints have read back from the database in this process (for tests). */
    synchronized long leavesRead() {
        return leavesRead;
    }

    /** This installation's public key (X.509), or null when the key is locked. */
    public byte[] publicKey() {
        return key == null ? null : key.publicKey();
    }

    /** Signs a case file's manifest with this installation's key. */
    public byte[] signCaseManifest(byte[] manifest) {
        if (key == null) {
            throw new IllegalStateException("This workstation's signing key is locked, so it cannot seal a case file.");
        }
        return key.signMessage(manifest);
    }

    /**
     * The inclusion proofs of the given entries against a checkpoint signed by this installation
     * that covers them all: the newest such one, or a new one when none does (promise: a case's
     * entries are always shown in the signed ledger).
     */
    public synchronized CaseLedgerProof prove(Collection<Long> seqs) {
        if (key == null) {
            throw new IllegalStateException("This workstation's signing key is locked.");
        }
        long needed = seqs.stream().mapToLong(Long::longValue).max().orElse(-1) + 1;
        Checkpoint cp = store.checkpoints(workspaceId).stream()
                .filter(c -> c.keyFingerprint().equals(key.fingerprint()) && c.treeSize() >= Math.max(needed, 1))
                .max(java.util.Comparator.comparingLong(Checkpoint::treeSize))
                .orElse(null);
        if (cp == null || store.head().size() == 0) {
            cp = checkpoint();
        }
        if (cp.treeSize() < needed) {
            throw new IllegalStateException("The ledger has fewer entries than the case names.");
        }
        List<byte[]> leaves = store.leafHashes(cp.treeSize());
        if (!java.util.Arrays.equals(Merkle.root(Merkle.of(leaves), leaves.size()), cp.root())) {
            throw new IllegalStateException("The ledger no longer matches its signed checkpoint at " + cp.treeSize()
                    + " entries; run ledger verify.");
        }
        List<CaseLedgerProof.Proven> proven = new ArrayList<>();
        for (long seq : new java.util.TreeSet<>(seqs)) {
            AppendedEntry entry = store.entries(seq, 1).get(0);
            if (!java.util.Arrays.equals(entry.content().leafHash(), leaves.get(Math.toIntExact(seq)))) {
                throw new IllegalStateException("Ledger entry " + seq + " does not match its leaf hash; run ledger verify.");
            }
            proven.add(new CaseLedgerProof.Proven(seq, entry.content(), leaves.get(Math.toIntExact(seq)),
                    Merkle.inclusionProof(Merkle.of(leaves), seq, cp.treeSize())));
        }
        return new CaseLedgerProof(cp, proven);
    }

    /** Checkpoint at exit, if anything was appended since the last one. */
    public void checkpointIfBehind() {
        if (key == null) {
            return;
        }
        long size = store.head().size();
        boolean covered = store.checkpoints(workspaceId).stream().anyMatch(c -> c.treeSize() == size);
        if (size > 0 && !covered) {
            checkpointAt(size);
        }
    }

    /**
     * Recomputes every leaf, link and checkpoint, and compares with the newest anchor file.
     * The outcome is a security event either way.
     */
    public VerificationReport verify(Principal actor, Progress progress) {
        return verify(actor, progress, LedgerVerification.Reading.DEFAULT);
    }

    /** As {@link #verify(Principal, Progress)}, reading the rows as given (the bench compares readings). */
    public VerificationReport verify(Principal actor, Progress progress, LedgerVerification.Reading reading) {
        guard.require(actor, Permission.LEDGER_VERIFY, "verify the ledger");
        VerificationReport report = verifyUnchecked(progress, reading);
        log.record(report.ok() ? SecurityEventKind.LEDGER_VERIFIED : SecurityEventKind.LEDGER_TAMPERING_DETECTED,
                actor.username(), report.summary());
        return report;
    }

    VerificationReport verifyUnchecked(Progress progress, LedgerVerification.Reading reading) {
        // On a shared server another workstation may append while the rows are read: those rows then
        // lie beyond the head read at the start and look inserted. If the head has moved on since,
        // they were real appends, so the check runs again (a few times at most) from the new head.
        for (int attempt = 1; ; attempt++) {
            ChainVerifier.Head head = store.head();
            VerificationReport report = verifyOnce(head, progress, reading);
            boolean overtaken = report.kind() == com.custodia.ledger.TamperKind.INSERTED
                    && report.brokenAt() != null && report.brokenAt() == head.size()
                    && store.head().size() > head.size();
            if (!overtaken || attempt == 3) {
                return report;
            }
        }
    }

    private VerificationReport verifyOnce(ChainVerifier.Head head, Progress progress, LedgerVerification.Reading reading) {
        List<ChainVerifier.SourcedCheckpoint> checkpoints = new ArrayList<>();
        store.checkpoints(workspaceId).forEach(c -> checkpoints.add(
                new ChainVerifier.SourcedCheckpoint(c, ChainVerifier.Source.DATABASE)));
        for (Checkpoint anchor : AnchorFiles.newest(anchors)) {
            checkpoints.add(new ChainVerifier.SourcedCheckpoint(anchor, ChainVerifier.Source.ANCHOR_FILE));
        }
        Map<String, byte[]> keys = new java.util.HashMap<>(store.keys());
        if (key != null) {
            keys.putIfAbsent(key.fingerprint(), key.publicKey());
        }
        return LedgerVerification.run(store.database(), workspaceId, head, checkpoints, keys, progress, reading);
    }
}
