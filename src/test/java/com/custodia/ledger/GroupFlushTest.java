package com.custodia.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** Group commit: nobody returns before a flush that began after their commit, and waiters share one. */
class GroupFlushTest {

    /** Commits are numbered; a flush makes durable every commit numbered before it began. */
    static final class FakeStore {
        final AtomicLong commits = new AtomicLong();
        final AtomicLong durableUpTo = new AtomicLong();
        final AtomicInteger flushes = new AtomicInteger();

        void flush() {
            long covered = commits.get();
            flushes.incrementAndGet();
            Thread.yield();
            durableUpTo.accumulateAndGet(covered, Math::max);
        }
    }

    @Test
    void everyCallerReturnsOnlyOnceItsCommitIsDurable() throws Exception {
        FakeStore store = new FakeStore();
        GroupFlush group = new GroupFlush(store::flush);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 500; i++) {
                        long mine = store.commits.incrementAndGet();
                        group.awaitDurable();
                        assertThat(store.durableUpTo.get()).isGreaterThanOrEqualTo(mine);
                    }
                    return null;
                }));
            }
            for (Future<?> f : results) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.flushes.get()).isBetween(1, 4_000);
    }

    @Test
    void callersWhoCommitWhileAFlushRunsShareTheNextOne() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger flushes = new AtomicInteger();
        AtomicBoolean first = new AtomicBoolean(true);
        GroupFlush group = new GroupFlush(() -> {
            flushes.incrementAndGet();
            if (first.getAndSet(false)) {
                await(release);
            }
        });
        Thread leader = new Thread(group::awaitDurable);
        leader.start();
        waitUntil(() -> flushes.get() == 1);
        Thread b = new Thread(group::awaitDurable);
        Thread c = new Thread(group::awaitDurable);
        b.start();
        c.start();
        // both took their tickets after the running flush began, so that flush cannot cover them
        waitUntil(() -> b.getState() == Thread.State.WAITING && c.getState() == Thread.State.WAITING);
        release.countDown();
        for (Thread t : List.of(leader, b, c)) {
            t.join(TimeUnit.SECONDS.toMillis(30));
            assertThat(t.isAlive()).isFalse();
        }
        assertThat(flushes.get()).isEqualTo(2);
    }

    @Test
    void aFailedFlushFailsItsLeaderAndTheNextCallerFlushesAgain() {
        AtomicInteger calls = new AtomicInteger();
        GroupFlush group = new GroupFlush(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("disk full");
            }
        });
        assertThatThrownBy(group::awaitDurable).hasMessage("disk full");
        group.awaitDurable();
        assertThat(calls.get()).isEqualTo(2);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition reached within 30 s").isLessThan(deadline);
            Thread.sleep(1);
        }
    }
}
