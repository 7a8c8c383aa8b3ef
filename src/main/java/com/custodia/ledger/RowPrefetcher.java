package com.custodia.ledger;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads rows on a thread of its own while the caller checks the rows already read. On the
 * embedded engine reading means decrypting pages, which costs about as much as the checks; the
 * two now overlap instead of taking turns. Rows arrive in order, in batches, and at most a few
 * batches ahead, so memory stays bounded whatever the ledger's size. {@link #close} stops the
 * reader; only after it may the caller use the source's connection again.
 */
final class RowPrefetcher implements Iterator<StoredRow>, AutoCloseable {

    private static final int BATCH = 2_000;
    private static final List<StoredRow> END = List.of();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(8);
    private final Thread reader;
    private volatile boolean stopped;
    private List<StoredRow> current = new ArrayList<>();
    private int index;
    private boolean ended;

    RowPrefetcher(Iterator<StoredRow> source) {
        this.reader = new Thread(() -> read(source), "ledger-verify-reader");
        this.reader.setDaemon(true);
        this.reader.start();
    }

    private void read(Iterator<StoredRow> source) {
        try {
            while (!stopped && source.hasNext()) {
                List<StoredRow> batch = new ArrayList<>(BATCH);
                while (batch.size() < BATCH && source.hasNext()) {
                    batch.add(source.next());
                }
                offer(batch);
            }
            offer(END);
        } catch (RuntimeException | Error e) {
            offer(e);
        }
    }

    /** Waits for room, giving up once the consumer has stopped listening. */
    private void offer(Object item) {
        try {
            while (!stopped && !queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                // the consumer is busy with earlier rows
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean hasNext() {
        if (index < current.size()) {
            return true;
        }
        if (ended || stopped) {
            return false;
        }
        Object next;
        try {
            next = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the ledger", e);
        }
        if (next instanceof RuntimeException e) {
            ended = true;
            throw e;
        }
        if (next instanceof Error e) {
            ended = true;
            throw e;
        }
        @SuppressWarnings("unchecked")
        List<StoredRow> batch = (List<StoredRow>) next;
        if (batch.isEmpty()) {
            ended = true;
            return false;
        }
        current = batch;
        index = 0;
        return true;
    }

    @Override
    public StoredRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.get(index++);
    }

    /** Stops the reader and waits until it has let go of the source. */
    @Override
    public void close() {
        stopped = true;
        queue.clear();
        try {
            reader.join(TimeUnit.SECONDS.toMillis(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (reader.isAlive()) {
            throw new IllegalStateException("the ledger reader did not stop");
        }
    }
}
