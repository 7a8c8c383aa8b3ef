package com.custodia.service.people.importing;

import com.custodia.domain.Progress;
import com.custodia.persistence.Database;
import com.custodia.persistence.PersonSearchIndexes;
import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.service.people.importing.ImportProgressStore.Run;
import com.custodia.service.security.AccessGuard;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports persons from the CSV of DESIGN.md section 7 (issue 4, item 6). Good rows go in while bad
 * ones are explained in a report file (line, external_id, column, reason). A row whose external_id
 * names a person already held updates that person (through the entity, so the change history sees
 * it); every other row is a new person, rows without an external_id always so.
 *
 * <p>Rows are committed in batches, each together with the advance of its run in
 * {@code person_import}: a cancelled, failed or killed import leaves whole batches, and running the
 * same file again resumes after the last of them (after proving, by SHA-256, that the file still
 * begins with the committed bytes), so no row is written twice. A large import into the embedded
 * database drops the person search indexes and builds them once at the end
 * ({@link PersonSearchIndexes}); see docs/decisions/0013-person-import.md.
 */
public final class PersonImportService {

    private static final Logger LOG = LoggerFactory.getLogger(PersonImportService.class);

    private final Database database;
    private final AccessGuard guard;
    private final Clock clock;
    private final ImportProgressStore runs = new ImportProgressStore();
    // one import at a time per open database: two would fight over the search indexes
    private final ReentrantLock running = new ReentrantLock();

    public PersonImportService(Database database, AccessGuard guard, Clock clock) {
        this.database = database;
        this.guard = guard;
        this.clock = clock;
    }

    /** Imports a CSV file; see the class comment. */
    public ImportResult importCsv(Principal actor, Path file, ImportOptions options, Progress progress) {
        guard.require(actor, Permission.PERSON_IMPORT, "import persons");
        return importCsv(actor, ImportSource.file(file), options, progress);
    }

    /**
     * The header and first rows of a file, and the person column each file column matches, for
     * the wizard's column mapping. Reads the file only; writes nothing.
     */
    public ImportPreview preview(Principal actor, Path file, int rows) {
        guard.require(actor, Permission.PERSON_IMPORT, "preview an import of persons");
        return ImportPreview.read(ImportSource.file(file), rows);
    }

    /** Imports CSV from a source (a file, or bytes in memory with {@code options.report()} given). */
    public ImportResult importCsv(Principal actor, ImportSource source, ImportOptions options, Progress progress) {
        guard.require(actor, Permission.PERSON_IMPORT, "import persons");
        Path report = options.report() != null ? options.report() : besideTheFile(source);
        if (!running.tryLock()) {
            throw new IllegalStateException("Another import is running; start this one when it has finished.");
        }
        try {
            try {
                return run(actor, source, options, report, progress, true);
            } catch (BatchReader.PrefixMismatch changed) {
                LOG.info("{} changed since its interrupted import; importing it from the start", source.name());
                return run(actor, source, options, report, progress, false);
            }
        } finally {
            running.unlock();
        }
    }

    private static Path besideTheFile(ImportSource source) {
        if (source.file() == null) {
            throw new IllegalArgumentException("Say where the import report goes: the rows do not come from a file.");
        }
        String name = source.file().getFileName().toString();
        String stem = name.toLowerCase(Locale.ROOT).endsWith(".csv") ? name.substring(0, name.length() - 4) : name;
        return source.file().resolveSibling(stem + ".report.csv");
    }

    // ---------------------------------------------------------------- One run

    private ImportResult run(Principal actor, ImportSource source, ImportOptions options, Path reportPath,
                             Progress progress, boolean mayResume) {
        progress.update(-1, "Reading " + source.name());
        CsvRecordReader reader = open(source);
        CsvHeader header;
        long dataStart;
        try {
            header = CsvHeader.of(reader.next(), options.columnRenames(), options.ignoredColumns());
            dataStart = reader.position();
        } catch (IOException e) {
            closeQuietly(reader);
            throw new ImportFileException("The file " + source.name() + " cannot be read: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(reader);
            throw e;
        }
        ImportReportWriter report;
        try {
            report = ImportReportWriter.create(reportPath);
        } catch (RuntimeException e) {
            closeQuietly(reader);
            throw e;
        }
        try (report) {
            report.write(unknownColumns(header));
            Optional<Run> interrupted = mayResume
                    ? database.fromConnection(c -> runs.findResumable(c, source.name(), source.size()))
                    : Optional.empty();
            Instant now = clock.instant();
            Run run = interrupted.isPresent()
                    ? interrupted.get()
                    : database.fromConnection(c -> runs.start(c, source.name(), source.size(), actor.username(), now));
            if (interrupted.isPresent()) {
                database.fromConnection(c -> {
                    runs.resume(c, run.id(), now);
                    return null;
                });
                LOG.info("Resuming the import of {} after line {}", source.name(), run.nextLine() - 1);
            }
            try (BatchReader batches = new BatchReader(reader, header, options.batchSize(),
                    run.committedBytes(), run.committedSha256())) {
                return new ImportRun(database, clock, runs, source, header, run, dataStart, report, progress)
                        .drain(batches, interrupted.isPresent() ? run.nextLine() : 0);
            }
        }
    }

    private static CsvRecordReader open(ImportSource source) {
        try {
            return new CsvRecordReader(source.open());
        } catch (IOException e) {
            throw new ImportFileException("The file " + source.name() + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static List<ImportProblem> unknownColumns(CsvHeader header) {
        List<ImportProblem> problems = new ArrayList<>();
        for (String name : header.unknownColumns()) {
            problems.add(new ImportProblem(header.line(), null, name, "not a person column; its values were ignored"));
        }
        return problems;
    }

    private static void closeQuietly(CsvRecordReader reader) {
        try {
            reader.close();
        } catch (IOException ignored) {
            // the file was only read
        }
    }
}
