package com.custodia.service.people.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads, checks and groups rows on a thread of its own while the caller writes the previous
 * batch: parsing, decoding, validation and search keys cost about as much as the inserts, and on
 * two cores the two now overlap. At most two batches wait, so memory stays bounded.
 *
 * <p>When an interrupted run is resumed, the stretch it committed is read again but not written:
 * that rebuilds the duplicate check and the report's problems, and proves with the SHA-256 of the
 * stretch that the file is the one the run began with. If it is not, {@link #next} throws
 * {@link PrefixMismatch} before a single row of it has been written.
 */
final class BatchReader implements AutoCloseable {

    /** The file no longer begins with the bytes the resumed run committed. */
    static final class PrefixMismatch extends RuntimeException {
        PrefixMismatch() {
            super("the file changed since the interrupted import", null, false, false);
        }
    }

    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(2);
    private final CsvRecordReader reader;
    private final RowValidator validator;
    private final int batchSize;
    private final long resumeAt;
    private final String resumeSha256;
    private final Thread thread;
    private volatile boolean stopped;
    private boolean ended;

    /**
     * @param resumeAt     the committed byte offset of the run being resumed, or 0 for a fresh run
     * @param resumeSha256 the SHA-256 (hex) of those bytes
     */
    BatchReader(CsvRecordReader reader, CsvHeader header, int batchSize, long resumeAt, String resumeSha256) {
        this.reader = reader;
        this.validator = new RowValidator(header);
        this.batchSize = batchSize;
        this.resumeAt = resumeAt;
        this.resumeSha256 = resumeSha256;
        this.thread = new Thread(this::read, "person-import-reader");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    /** The next batch, or null after the last one; rethrows what stopped the reading thread. */
    ImportBatch next() {
        if (ended) {
            return null;
        }
        Object item;
        try {
            item = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for rows", e);
        }
        if (item == END) {
            ended = true;
            return null;
        }
        if (item instanceof RuntimeException e) {
            ended = true;
            throw e;
        }
        if (item instanceof Error e) {
            ended = true;
            throw e;
        }
        return (ImportBatch) item;
    }

    @Override
    public void close() {
        stopped = true;
        thread.interrupt();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            reader.close();
        } catch (IOException e) {
            // only reading was done: nothing is lost by a failed close
        }
    }

    // ---------------------------------------------------------------- The reading thread

    private void read() {
        try {
            FirstLines seen = new FirstLines();
            boolean replaying = resumeAt > 0;
            List<PersonRow> rows = new ArrayList<>();
            List<ImportProblem> problems = new ArrayList<>();
            long read = 0;
            long rejected = 0;
            while (!stopped) {
                CsvRecord record = reader.next();
                boolean end = record == null;
                if (!end) {
                    read++;
                    RowValidator.Outcome outcome = validator.check(record);
                    PersonRow row = outcome.row();
                    if (row != null && row.externalId() != null) {
                        long first = seen.putIfAbsent(row.externalId(), row.line());
                        if (first >= 0) {
                            outcome = new RowValidator.Outcome(null, List.of(new ImportProblem(row.line(),
                                    row.externalId(), "external_id", "external_id appears more than once in the file; "
                                    + "line " + first + " has it already")));
                            row = null;
                        }
                    }
                    if (row != null) {
                        if (!replaying) {
                            rows.add(row);
                        }
                    } else {
                        rejected++;
                        problems.addAll(outcome.problems());
                    }
                }
                if (replaying) {
                    long at = reader.position();
                    if (at == resumeAt) {
                        if (!HexFormat.of().formatHex(reader.digestToHere()).equals(resumeSha256)) {
                            throw new PrefixMismatch();
                        }
                        replaying = false;
                        put(new ImportBatch(List.of(), problems, read, rejected, at, reader.line(), null, true, end));
                    } else if (at > resumeAt || end) {
                        throw new PrefixMismatch();
                    } else if (read < batchSize) {
                        continue;
                    } else {
                        put(new ImportBatch(List.of(), problems, read, rejected, at, reader.line(), null, true, false));
                    }
                } else if (end || read == batchSize) {
                    put(new ImportBatch(rows, problems, read, rejected, reader.position(), reader.line(),
                            HexFormat.of().formatHex(reader.digestToHere()), false, end));
                } else {
                    continue;
                }
                rows = new ArrayList<>();
                problems = new ArrayList<>();
                read = 0;
                rejected = 0;
                if (end) {
                    put(END);
                    return;
                }
            }
        } catch (IOException e) {
            put(new UncheckedIOException(e));
        } catch (RuntimeException | Error e) {
            put(e);
        }
    }

    /** Waits for room, giving up once the writer has stopped listening. */
    private void put(Object item) {
        try {
            while (!stopped && !queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                // the writer is busy with an earlier batch
            }
        } catch (InterruptedException e) {
            stopped = true;
        }
    }
}
