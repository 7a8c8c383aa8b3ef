package com.custodia.cli;

import com.custodia.service.disclosure.Disclosed;
import com.custodia.service.disclosure.FileRelease;
import com.custodia.service.requests.ReportFormat;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code custodia requests report REQUEST_ID --format pdf|json --out FILE}: the access report for
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

    @Option(names = "--format", paramLabel = "pdf|json", defaultValue = "pdf",
            description = "pdf (for the person, default) or json.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", required = true,
            description = "Where to write it (replaced if it exists).")
    Path out;

    @Override
    public Integer call() {
        CustodiaCommand global = requests.global;
        ReportFormat chosen = ReportFormat.parse(format);
        return new Connector(global).asOperator("requests report", (services, principal) -> {
            Connector.requireSigningKey(services, "deliver an access report");
            Disclosed disclosed = services.accessReports().deliver(principal, requestId, chosen, "file",
                    new FileRelease(out));
            PrintWriter printer = global.context().out();
            printer.println("Access report of request " + requestId + " written to " + out.toAbsolutePath().normalize());
            printer.println("Ledger entry: " + disclosed.ledgerSeq());
            printer.println("SHA-256:      " + disclosed.payloadSha256());
            printer.flush();
            return ExitCodes.OK;
        });
    }
}
