package com.custodia.service.people.importing;

import com.custodia.policy.CsvSafety;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the report of an import: one CSV line per problem (line, external_id, column, reason),
 * the unknown columns first. It is the one file an import writes, and it holds no personal data:
 * problems name the row by its line and external_id and never repeat a value (ArchitectureTest
 * lists this class among the few that write files). Written as the import goes, a batch at a
 * time, so a report of a million bad rows never sits in memory.
 */
final class ImportReportWriter implements AutoCloseable {

    static final String[] COLUMNS = {"line", "external_id", "column", "reason"};

    private final Path path;
    private final BufferedWriter out;
    private final CSVPrinter printer;

    private ImportReportWriter(Path path, BufferedWriter out, CSVPrinter printer) {
        this.path = path;
        this.out = out;
        this.printer = printer;
    }

    /** Creates (or replaces) the report; fails before the import starts when it cannot be written. */
    static ImportReportWriter create(Path path) {
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            BufferedWriter out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS).get());
            return new ImportReportWriter(path, out, printer);
        } catch (IOException e) {
            throw new ImportFileException("The import report cannot be written to " + path + " (" + e.getMessage()
                    + "); choose another place for it. Nothing was imported.", e);
        }
    }

    Path path() {
        return path;
    }

    void write(Iterable<ImportProblem> problems) {
        try {
            for (ImportProblem p : problems) {
                // a spreadsheet must not run an external_id as a formula
                printer.printRecord(p.line(), CsvSafety.neutralise(p.externalId()), p.column(), p.reason());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("The import report could not be written: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            printer.close();
        } catch (IOException e) {
            throw new UncheckedIOException("The import report could not be completed: " + e.getMessage(), e);
        } finally {
            try {
                out.close();
            } catch (IOException ignored) {
                // the printer's close already reported the failure that matters
            }
        }
    }
}
