package com.custodia.cli;

import com.custodia.service.people.importing.ImportOptions;
import com.custodia.service.people.importing.ImportResult;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code custodia persons import}: the person CSV of DESIGN.md section 7 into the workspace or
 * server. Good rows go in while bad ones are explained in the report; the exit code says whether
 * every row went in (0) or some were refused or the file could not be used (2).
 */
@Command(name = "import", sortOptions = false, mixinStandardHelpOptions = true,
        header = "Import persons from CSV: good rows go in, bad rows are reported with line and reason.",
        description = {
            "Signs in as --user OPERATOR (the password comes from CUSTODIA_PASSWORD or a prompt), who needs a role "
                    + "that may import persons (administrator or privacy officer; otherwise exit 4).",
            "FILE.csv is UTF-8 (a byte-order mark is fine) with a header naming its columns in any order: "
                    + "external_id, kind, first_name, last_name, email, phone, company, street, city, postal_code, "
                    + "country, language, notes. last_name is required; other columns are reported and ignored. "
                    + "A row whose external_id is already held updates that person; rows without one are always "
                    + "new persons. kind defaults to customer.",
            "Rows are committed in batches. If the import is interrupted, running it again on the same file "
                    + "continues after the last committed batch.",
            "Exit codes: 0 every row went in; 2 some rows were refused (see the report) or the file cannot be "
                    + "used (nothing was imported); 4 refused by role."})
final class PersonsImportCommand implements Callable<Integer> {

    @ParentCommand
    PersonsCommand persons;

    @Parameters(index = "0", paramLabel = "FILE.csv", description = "The CSV file to import.")
    Path file;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Where to write the report of refused rows (default: FILE.report.csv beside the input; "
                    + "replaced if it exists). It names rows by line and external_id and repeats no other value.")
    Path report;

    @Override
    public Integer call() {
        CustodiaCommand global = persons.global;
        // said before any secret is asked for or the database opened
        if (!Files.isRegularFile(file)) {
            throw new CommandFailure(ExitCodes.USAGE, "There is no file " + file + " to import.");
        }
        ImportOptions options = ImportOptions.defaults().withReport(report);
        return new Connector(global).asOperator("persons import", (services, principal) -> {
            PrintWriter err = global.context().err();
            ImportResult result = services.personImport().importCsv(principal, file, options, new ProgressPrinter(err));
            if (result.resumedAtLine() > 0) {
                err.println("Continued an interrupted import of this file from line " + result.resumedAtLine() + ".");
            }
            if (!result.unknownColumns().isEmpty()) {
                err.println("Ignored columns that are not person columns: " + String.join(", ", result.unknownColumns())
                        + ".");
            }
            err.flush();
            PrintWriter out = global.context().out();
            out.println("Imported " + result.file() + ": " + result.rowsRead() + " rows read, " + result.inserted()
                    + " new, " + result.updated() + " updated, " + result.unchanged() + " unchanged, "
                    + result.rejected() + " rejected");
            out.println("Report: " + result.report().toAbsolutePath().normalize());
            out.flush();
            return result.allRowsTaken() ? ExitCodes.OK : ExitCodes.USAGE;
        });
    }
}
