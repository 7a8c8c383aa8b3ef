package com.custodia.service.people.importing;

import com.custodia.domain.Progress;
import com.custodia.persistence.Database;
import com.custodia.persistence.PersonSearchIndexes;
import com.custodia.service.people.importing.ImportProgressStore.Run;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of an import: writes the batches the reading thread hands over, in order, each in its
 * own transaction with the advance of the run's row in person_import, and decides before the
 * first one whether the search indexes are built after the load.
 */
final class ImportRun {

    private static final Logger LOG = LoggerFactory.getLogger(ImportRun.class);

    private final Database database;
    private final Clock clock;
    private final ImportProgressStore runs;
    private final ImportSource source;
    private final CsvHeader header;
    private final long dataStart;
    private final ImportReportWriter report;
    private final Progress progress;
    private final PersonBatchWriter writer;
    private final ImportProgress listener;
    private Run run;
    private PersonSearchIndexes.Suspension suspended;
    private boolean decided;

    ImportRun(Database database, Clock clock, ImportProgressStore runs, ImportSource source, CsvHeader header, Run run,
              long dataStart, ImportReportWriter report, Progress progress) {
        this.database = database;
        this.clock = clock;
        this.runs = runs;
        this.source = source;
        this.header = header;
        this.run = run;
        this.dataStart = dataStart;
        this.report = report;
        this.progress = progress;
        this.writer = new PersonBatchWriter(header);
        this.listener = progress instanceof ImportProgress counting ? counting : ImportProgress.SILENT;
    }

    ImportResult drain(BatchReader batches, long resumedAtLine) {
        boolean complete = false;
        try {
            for (ImportBatch batch = batches.next(); batch != null; batch = batches.next()) {
                report.write(batch.problems());
                listener.problems(batch.problems());
                if (batch.replayed()) {
                    progress.update(share(batch.endOffset()), "Skipping the rows an interrupted import already "
                            + "wrote (to line " + (batch.nextLine() - 1) + ")");
                    continue;
                }
                if (!decided) {
                    decideIndexes(batch);
                }
                progress.checkCancelled();
                write(batch);
                listener.committed(run.counts());
                ImportCounts c = run.counts();
                progress.update(share(batch.endOffset()), String.format(Locale.ROOT,
                        "%,d rows read: %,d new, %,d changed, %,d unchanged, %,d rejected", c.rowsRead(),
                        c.inserted(), c.updated(), c.unchanged(), c.rejected()));
            }
            complete = true;
        } catch (UncheckedIOException e) {
            throw new ImportFileException("The file " + source.name() + " could not be read to the end ("
                    + e.getCause().getMessage() + "); the rows before the failure are in, and importing the "
                    + "file again continues from there.", e);
        } finally {
            finish(complete);
        }
        ImportCounts c = run.counts();
        progress.update(1.0, String.format(Locale.ROOT, "Imported %,d rows of %s", c.rowsRead(), source.name()));
        return new ImportResult(source.name(), c.rowsRead(), c.inserted(), c.updated(), c.unchanged(), c.rejected(),
                header.unknownColumns(), report.path(), resumedAtLine, suspended != null);
    }

    /** How far the rows are, leaving the last stretch of the bar to the index build when there is one. */
    private double share(long offset) {
        double read = source.size() == 0 ? 1.0 : (double) offset / source.size();
        return suspended != null ? 0.85 * read : read;
    }

    /**
     * Before the first batch is written: estimate the rows still to come from the bytes the first
     * batch took, and drop the search indexes when building them afterwards is cheaper.
     */
    private void decideIndexes(ImportBatch first) {
        decided = true;
        if (first.last() || !database.isEmbedded() || first.rowsRead() == 0) {
            return;
        }
        long from = Math.max(dataStart, run.committedBytes());
        double bytesPerRow = (double) (first.endOffset() - from) / first.rowsRead();
        long incoming = (long) ((source.size() - from) / Math.max(1.0, bytesPerRow));
        long existing = database.fromConnection(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT COUNT(*) FROM person")) {
                rs.next();
                return rs.getLong(1);
            }
        });
        if (PersonSearchIndexes.rebuildPays(true, existing, incoming)) {
            LOG.info("Importing about {} rows into {} persons: the search indexes are built after the load",
                    incoming, existing);
            suspended = database.fromConnection(c -> PersonSearchIndexes.suspend(c, "person"));
        }
    }

    /**
     * Writes a batch; once more when another workstation inserted one of its external_ids between
     * the lookup and the insert (a unique violation), as the second lookup then finds it.
     */
    private void write(ImportBatch batch) {
        try {
            writeOnce(batch);
        } catch (RuntimeException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            LOG.info("An external_id of the batch ending on line {} was inserted meanwhile; writing the batch again",
                    batch.nextLine() - 1);
            writeOnce(batch);
        }
    }

    private void writeOnce(ImportBatch batch) {
        Instant now = clock.instant();
        Run before = run;
        run = database.fromTransaction(session -> {
            PersonBatchWriter.Written written = writer.write(session, batch.rows(), now);
            Run after = new Run(before.id(), batch.endOffset(), batch.sha256(), batch.nextLine(), before.batches() + 1,
                    before.counts().plus(new ImportCounts(batch.rowsRead(), written.inserted(), written.updated(),
                            written.unchanged(), batch.rejected())));
            session.doWork(c -> runs.advance(c, before, after, now));
            return after;
        });
    }

    private void finish(boolean complete) {
        try {
            if (suspended != null) {
                progress.update(0.85, "Building the search indexes");
                database.fromConnection(c -> {
                    PersonSearchIndexes.resume(c, suspended, (f, m) -> progress.update(0.85 + 0.15 * f, m));
                    return null;
                });
            }
        } finally {
            Instant now = clock.instant();
            database.fromConnection(c -> {
                runs.finish(c, run.id(), complete, now);
                return null;
            });
        }
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
