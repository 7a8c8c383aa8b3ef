package com.custodia.ledger;

import com.custodia.persistence.Database;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads the ledger for verification in chunks of consecutive entry numbers, on a few threads at
 * once, each with its own connection, and hands the rows over in order. Decoding the rows (on the
 * embedded engine: decrypting their pages) and recomputing their leaf hashes is nearly all the
 * work of a verification, and it parallelises by range; the chain itself is then walked in order
 * by one thread.
 *
 * <p>The entries below the head (committed before the verification began) are split into fixed
 * ranges that any reader may take. Whatever lies at or beyond the head, which is normally nothing
 * but may be rows added outside the ledger or appends made since, is read by one reader page by
 * page in number order, so rows appended meanwhile are seen without gaps. Readers stay at most a
 * few chunks ahead of the consumer, so memory is bounded whatever the ledger's size. {@link #close}
 * stops the readers and returns their connections.
 */
final class ChunkedReader implements Iterator<StoredRow>, AutoCloseable {

    /** Entries per chunk: one range query each, small enough to hold a few per reader in memory. */
    static final int CHUNK = 10_000;
    /** Readers beyond this gain nothing on the machines Custodia runs on and would crowd the pool. */
    static final int MAX_READERS = 3;

    private final Database database;
    private final long size;
    private final int chunk;
    private final int fixedChunks;
    private final int lookahead;
    private final AtomicInteger nextChunk = new AtomicInteger();
    private final List<Thread> readers = new ArrayList<>();

    private final Object lock = new Object();
    private final Map<Integer, List<StoredRow>> ready = new HashMap<>();
    /** The index of the chunk the consumer takes next. */
    private int consumed;
    /** The index after the last chunk, once the tail reader has found the end; -1 before. */
    private int end = -1;
    private RuntimeException failure;
    private volatile boolean stopped;

    private final LedgerTexts.Table texts;
    private List<StoredRow> current = List.of();
    private int index;

    /**
     * @param size    the head's size: rows below it are read in parallel
     * @param threads how many threads read
     * @param chunk   entries per chunk
     */
    ChunkedReader(Database database, long size, int threads, int chunk) {
        this.database = database;
        this.size = size;
        this.chunk = chunk;
        // at least one fixed range, so that rows numbered below zero are read even in an empty ledger
        this.fixedChunks = (int) Math.max(1, (size + chunk - 1) / chunk);
        this.lookahead = 2 * threads;
        // the repeated texts once, before the rows that name them
        this.texts = database.fromConnection(LedgerTexts.Table::load);
        for (int i = 0; i < threads; i++) {
            Thread reader = new Thread(this::read, "ledger-verify-reader-" + (i + 1));
            reader.setDaemon(true);
            readers.add(reader);
        }
        readers.forEach(Thread::start);
    }

    /** As many readers as there are cores, at least one and at most {@link #MAX_READERS}. */
    static int defaultReaders() {
        return Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), MAX_READERS));
    }

    // ---------------------------------------------------------------- Readers

    private void read() {
        try {
            database.fromConnection(c -> {
                try (RangeReader ranges = new RangeReader(c, texts)) {
                    for (int i = nextChunk.getAndIncrement(); i <= fixedChunks && !stopped; i = nextChunk.getAndIncrement()) {
                        if (i < fixedChunks) {
                            if (awaitTurn(i)) {
                                publish(i, ranges.range(i == 0 ? Long.MIN_VALUE : (long) i * chunk,
                                        i == fixedChunks - 1 ? size : (long) (i + 1) * chunk));
                            }
                        } else {
                            readTail(ranges, i);
                        }
                        c.commit();
                    }
                }
                return null;
            });
        } catch (RuntimeException | Error e) {
            synchronized (lock) {
                if (failure == null) {
                    failure = e instanceof RuntimeException r ? r : new IllegalStateException(e);
                }
                lock.notifyAll();
            }
        }
    }

    /** Pages through the rows at and beyond the head, in number order, until a page comes back short. */
    private void readTail(RangeReader ranges, int first) throws java.sql.SQLException {
        long from = size;
        for (int page = first; !stopped; page++) {
            if (!awaitTurn(page)) {
                return;
            }
            List<StoredRow> rows = ranges.from(from, chunk);
            publish(page, rows);
            if (rows.size() < chunk) {
                synchronized (lock) {
                    end = page + 1;
                    lock.notifyAll();
                }
                return;
            }
            from = rows.get(rows.size() - 1).seq() + 1;
        }
    }

    /** Waits until chunk {@code i} is few enough ahead of the consumer; false once stopped. */
    private boolean awaitTurn(int i) {
        synchronized (lock) {
            while (!stopped && i >= consumed + lookahead) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return !stopped;
        }
    }

    private void publish(int i, List<StoredRow> rows) {
        synchronized (lock) {
            ready.put(i, rows);
            lock.notifyAll();
        }
    }

    // ---------------------------------------------------------------- Consumer

    @Override
    public boolean hasNext() {
        while (index >= current.size()) {
            synchronized (lock) {
                while (failure == null && !ready.containsKey(consumed) && (end < 0 || consumed < end)) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while reading the ledger", e);
                    }
                }
                if (failure != null) {
                    throw new IllegalStateException("cannot read the ledger: " + failure.getMessage(), failure);
                }
                if (!ready.containsKey(consumed)) {
                    return false;
                }
                current = ready.remove(consumed);
                consumed++;
                index = 0;
                lock.notifyAll();
            }
        }
        return true;
    }

    @Override
    public StoredRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.get(index++);
    }

    /** Stops the readers and waits until each has returned its connection. */
    @Override
    public void close() {
        stopped = true;
        synchronized (lock) {
            ready.clear();
            lock.notifyAll();
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        for (Thread reader : readers) {
            try {
                reader.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (reader.isAlive()) {
                throw new IllegalStateException("the ledger reader did not stop");
            }
        }
    }
}
