package com.custodia.ledger;

/**
 * Makes committed work durable, sharing one flush among callers who wait at the same time
 * (group commit). A caller takes a ticket after its commit and returns once a flush that began
 * after that ticket has finished: either it runs that flush itself (the leader) or it waits for
 * the one another caller is running. One flush then covers every commit made before it began,
 * so several appending threads cost one flush per round instead of one each, while each of them
 * still returns only when its own entry is on disk. A single caller flushes at once, as before.
 *
 * <p>A failed flush fails its leader; the callers waiting on it try again, each possibly as the
 * next leader, so nobody returns without a successful flush after their commit.
 */
final class GroupFlush {

    private final Runnable flush;
    private final Object lock = new Object();
    /** Tickets handed out: one per commit that asked to be made durable. */
    private long issued;
    /** Every ticket up to this one is durable. */
    private long durable;
    private boolean flushing;

    GroupFlush(Runnable flush) {
        this.flush = flush;
    }

    /** Returns once everything committed before this call is durable; throws if the flush that would cover it fails. */
    void awaitDurable() {
        long ticket;
        synchronized (lock) {
            ticket = ++issued;
        }
        while (true) {
            long target;
            synchronized (lock) {
                while (durable < ticket && flushing) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while waiting for the ledger to reach the disk", e);
                    }
                }
                if (durable >= ticket) {
                    return;
                }
                // nobody is flushing and this ticket is not covered: lead a flush for every ticket so far
                flushing = true;
                target = issued;
            }
            boolean done = false;
            try {
                flush.run();
                done = true;
            } finally {
                synchronized (lock) {
                    flushing = false;
                    if (done) {
                        durable = Math.max(durable, target);
                    }
                    lock.notifyAll();
                }
            }
        }
    }
}
