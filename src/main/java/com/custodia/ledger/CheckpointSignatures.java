package com.custodia.ledger;

import com.custodia.ledger.ChainVerifier.SourcedCheckpoint;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The signature check of every checkpoint in a verification. A ledger signs one checkpoint per
 * hundred entries, so a million entries bring ten thousand signatures: those are checked on a
 * thread of their own while the chain is read and walked, and only a few are checked at once in
 * the calling thread. The first checkpoint (by tree size) whose signature does not hold is the
 * one reported, as when they were checked before the walk.
 */
final class CheckpointSignatures {

    /** Up to this many checkpoints (about 20 ms of checking) are checked in the calling thread. */
    static final int INLINE = 256;

    private final FutureTask<VerificationReport> task;
    private volatile boolean cancelled;

    private CheckpointSignatures(String workspaceId, List<SourcedCheckpoint> sorted, Map<String, byte[]> keys) {
        this.task = new FutureTask<>(() -> check(workspaceId, sorted, keys));
    }

    /** Starts checking the signatures of {@code sorted} (in tree-size order) against the registered keys. */
    static CheckpointSignatures start(String workspaceId, List<SourcedCheckpoint> sorted, Map<String, byte[]> keys) {
        CheckpointSignatures signatures = new CheckpointSignatures(workspaceId, sorted, keys);
        if (sorted.size() <= INLINE) {
            signatures.task.run();
        } else {
            Thread thread = new Thread(signatures.task, "ledger-verify-signatures");
            thread.setDaemon(true);
            thread.start();
        }
        return signatures;
    }

    /** Whether a signature is known not to hold already; never waits. */
    boolean failedSoFar() {
        return task.isDone() && result() != null;
    }

    /** Waits for the check; the report of the first checkpoint whose signature does not hold, or null if all do. */
    VerificationReport result() {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking the checkpoints' signatures", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot check the checkpoints' signatures: " + e.getCause().getMessage(), e.getCause());
        }
    }

    /** Stops a check still running, for a verification that ends without its result. */
    void cancel() {
        cancelled = true;
    }

    private VerificationReport check(String workspaceId, List<SourcedCheckpoint> sorted, Map<String, byte[]> keys) {
        Map<String, Optional<SigningKey.Verifier>> verifiers = new HashMap<>();
        for (SourcedCheckpoint sc : sorted) {
            if (cancelled) {
                return null;
            }
            Checkpoint cp = sc.checkpoint();
            SigningKey.Verifier verifier = verifiers.computeIfAbsent(cp.keyFingerprint(),
                    fingerprint -> Optional.ofNullable(keys.get(fingerprint)).map(SigningKey::verifier)).orElse(null);
            if (!cp.workspaceId().equals(workspaceId) || verifier == null || !verifier.verify(cp)) {
                return VerificationReport.broken(0, 0, Math.max(0, cp.treeSize() - 1), TamperKind.MODIFIED,
                        "the checkpoint of size " + cp.treeSize() + " (" + ChainVerifier.where(sc) + ") is not signed by a key "
                                + "registered for this workspace");
            }
        }
        return null;
    }
}
