package com.custodia.cli;

import com.custodia.domain.LegalBasis;
import com.custodia.domain.RecipientKind;
import com.custodia.service.disclosure.Disclosed;
import com.custodia.service.ledger.AccountingFormat;
import com.custodia.service.ledger.AccountingService;
import com.custodia.service.people.PersonExportService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code custodia ledger accounting PERSON_ID --out FILE.(pdf|json)}: one person's accounting of
 * disclosures (DESIGN.md section 5). Handing it over is itself a disclosure, so it goes through
 * the gate and its ledger entry (with the file's SHA-256) is committed before the file appears.
 */
@Command(name = "accounting", sortOptions = false, mixinStandardHelpOptions = true,
        header = "Write one person's accounting of disclosures as PDF or JSON: itself a disclosure, recorded first.",
        description = {
            "Signs in as --user OPERATOR (the password comes from CUSTODIA_PASSWORD or a prompt), who needs a role "
                    + "that may read the whole ledger (privacy officer). Repeated disclosures to one recipient for "
                    + "one purpose are summarised; entries under a running non-notification period are left out.",
            "By default the accounting is kept for the vendor's records (basis internal-use, recipient "
                    + "\"Privacy office\"). For the person themselves use --basis subject-request --reference "
                    + "REQUEST_ID; the rules refuse it (exit 4) until the request is recorded and verified.",
            "On a server, CUSTODIA_PASSPHRASE unlocks this workstation's signing key, which every disclosure needs."})
final class LedgerAccountingCommand implements Callable<Integer> {

    @ParentCommand
    LedgerCommand ledger;

    @Parameters(index = "0", paramLabel = "PERSON_ID", description = "The person the accounting is about.")
    long personId;

    @Option(names = "--out", paramLabel = "FILE", required = true,
            description = "FILE.pdf for people or FILE.json for machines (replaced if it exists).")
    Path out;

    @Option(names = "--basis", paramLabel = "BASIS", defaultValue = "internal-use",
            converter = PersonsExportCommand.BasisConverter.class,
            description = "internal-use (default) or subject-request.")
    LegalBasis basis;

    @Option(names = "--recipient", paramLabel = "NAME", defaultValue = "Privacy office",
            description = "Who receives the file (default: ${DEFAULT-VALUE}).")
    String recipient;

    @Option(names = "--recipient-address", paramLabel = "TEXT", description = "The recipient's address, if known.")
    String recipientAddress;

    @Option(names = "--reference", paramLabel = "ID", description = "The access request answered, if any.")
    String reference;

    @Override
    public Integer call() {
        CustodiaCommand global = ledger.global;
        // the extension decides the format before anything is opened: a wrong one is a usage error (exit 2)
        AccountingFormat format = AccountingFormat.forFile(out.getFileName().toString());
        RecipientKind kind = PersonExportService.defaultKind(basis);
        AccountingService.Recipient to = new AccountingService.Recipient(kind, recipient, recipientAddress, basis,
                reference);
        return new Connector(global).asOperator("ledger accounting", (services, principal) -> {
            Connector.requireSigningKey(services, "deliver an accounting");
            Disclosed disclosed = services.accounting().deliver(principal, personId, format, out, to,
                    new ProgressPrinter(global.context().err()));
            PrintWriter printer = global.context().out();
            printer.println("Accounting of person " + personId + " written to " + out.toAbsolutePath().normalize());
            printer.println("Ledger entry: " + disclosed.ledgerSeq());
            printer.println("SHA-256:      " + disclosed.payloadSha256());
            printer.flush();
            return ExitCodes.OK;
        });
    }
}
