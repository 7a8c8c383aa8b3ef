package com.custodia.cli;

import com.custodia.service.consent.ReceiptFormat;
import com.custodia.service.disclosure.Disclosed;
import com.custodia.service.disclosure.FileRelease;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code custodia consents receipt CONSENT_ID --format json|pdf --out FILE}: the consent receipt
 * for the person who gave it, through the disclosure gate (decision 0020): the ledger entry with
 * the file's SHA-256 is committed before the file appears.
 */
@Command(name = "receipt", sortOptions = false, mixinStandardHelpOptions = true,
        header = "Write a consent receipt (Kantara v1.1 JSON or PDF) for the person: a disclosure, recorded first.",
        description = {
            "Signs in as --user OPERATOR (the password comes from CUSTODIA_PASSWORD or a prompt), who needs a role "
                    + "that manages consents (privacy officer). The recipient is the person who gave the consent; "
                    + "the basis is that consent itself, and nothing but the receipt may travel on it.",
            "On a server, CUSTODIA_PASSPHRASE unlocks this workstation's signing key, which every disclosure needs."})
final class ConsentsReceiptCommand implements Callable<Integer> {

    @ParentCommand
    ConsentsCommand consents;

    @Parameters(index = "0", paramLabel = "CONSENT_ID", description = "The consent, as consents list shows it.")
    long consentId;

    @Option(names = "--format", paramLabel = "json|pdf", defaultValue = "json",
            description = "json (Kantara Consent Receipt v1.1, default) or pdf.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write it (replaced if it exists).")
    Path out;

    @Override
    public Integer call() {
        CustodiaCommand global = consents.global;
        ReceiptFormat chosen = ReceiptFormat.parse(format);
        return new Connector(global).asOperator("consents receipt", (services, principal) -> {
            Connector.requireSigningKey(services, "hand out a consent receipt");
            Disclosed disclosed = services.consentReceipts().deliver(principal, consentId, chosen,
                    new FileRelease(out));
            PrintWriter printer = global.context().out();
            printer.println("Receipt of consent " + consentId + " written to " + out.toAbsolutePath().normalize());
            printer.println("Ledger entry: " + disclosed.ledgerSeq());
            printer.println("SHA-256:      " + disclosed.payloadSha256());
            printer.flush();
            return ExitCodes.OK;
        });
    }
}
