package com.custodia.cli;

import com.custodia.service.disclosure.Disclosed;
import com.custodia.service.disclosure.FileRelease;
import com.custodia.service.requests.ReportFormat;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code custodia requests report REQUEST_ID --out DIR} (PDF and JSON; or {@code --format pdf|json --out
 * FILE}, one of them): the access report for
 * the person, through the disclosure gate on the basis of the request (decision 0024): refused
 * (exit 4) until the identity was verified and confirmed by a second operator; the ledger entry
 * with the file's SHA-256 is committed before the file appears.
 */
@Command(name = "report", sortOptions = false, mixinStandardHelpOptions = true,
        header = "Write the access report of a request (PDF for the person, JSON for machines): a disclosure, "
                + "recorded first.",
        description = {
            "Signs in as --user OPERATOR (the password comes from CUSTODIA_PASSWORD or a prompt), who needs a role "
                    + "that manages requests (privacy officer). The report holds every category of the data "
                    + "inventory, the accounting of disclosures and the list of every store searched; other "
                    + "people's data inside the records is redacted.",
            "On a server, CUSTODIA_PASSPHRASE unlocks this workstation's signing key, which every disclosure needs."})
final class RequestsReportCommand implements Callable<Integer> {

    @ParentCommand
    RequestsCommand requests;

    @Parameters(index = "0", paramLabel = "REQUEST_ID", description = "The access request, as requests list shows it.")
    long requestId;

    @Option(names = "--format", paramLabel = "pdf|json",
            description = "Only this format: pdf (for the person) or json. Without it, --out names a folder and "
                    + "both are written there.")
    String format;

    @Option(names = "--out", paramLabel = "DIR|FILE", required = true,
            description = "The folder for access-report-REQUEST_ID.pdf and .json (made if missing); with --format, "
                    + "the file. Files are replaced if they exist.")
    Path out;

    @Override
    public Integer call() {
        CustodiaCommand global = requests.global;
        List<ReportFormat> formats = format == null ? List.of(ReportFormat.PDF, ReportFormat.JSON)
                : List.of(ReportFormat.parse(format));
        return new Connector(global).asOperator("requests report", (services, principal) -> {
            Connector.requireSigningKey(services, "deliver an access report");
            PrintWriter printer = global.context().out();
            for (ReportFormat chosen : formats) {
                // each file is its own disclosure: its entry, with its SHA-256, is committed before it is written
                Path file = format == null
                        ? out.resolve("access-report-" + requestId + "." + chosen.name().toLowerCase(Locale.ROOT))
                        : out;
                Disclosed disclosed = services.accessReports().deliver(principal, requestId, chosen, "file",
                        new FileRelease(file));
                printer.println("Access report of request " + requestId + " written to "
                        + file.toAbsolutePath().normalize());
                printer.println("Ledger entry: " + disclosed.ledgerSeq());
                printer.println("SHA-256:      " + disclosed.payloadSha256());
            }
            printer.flush();
            return ExitCodes.OK;
        });
    }
}
