package com.custodia.cli;

import com.custodia.service.casefile.CaseFileService;
import com.custodia.service.casefile.CaseKind;
import com.custodia.service.casefile.CaseRecipient;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code custodia case export --kind K --id ID --out FILE [--encrypt]}: one case as a sealed case
 * file. A disclosure like any other: checked, recorded in the ledger, then written.
 */
@Command(name = "export", sortOptions = false, mixinStandardHelpOptions = true,
        header = "Export a case as a sealed case file: a disclosure, recorded in the ledger before the file is written.",
        description = {
            "Signs in as --user OPERATOR, who needs a role that may export cases (privacy officer).",
            "A legal order goes by default to its authority, on the order's own basis and scope. Any case may "
                    + "instead go to a named reviewer inside the vendor (--recipient), as internal use; grants "
                    + "and accountings always name one.",
            "--encrypt encrypts the payload with AES-256-GCM under a key derived from a passphrase taken from "
                    + "CUSTODIA_CASE_PASSPHRASE or asked twice at the terminal; give it to the reviewer another way."})
final class CaseExportCommand implements Callable<Integer> {

    @ParentCommand
    CaseCommand parent;

    @Option(names = "--kind", required = true, paramLabel = "KIND", converter = KindConverter.class,
            description = "legal-order, grant, accounting or request.")
    CaseKind kind;

    @Option(names = "--id", required = true, paramLabel = "ID",
            description = "The order's, grant's or request's id, or the person's id for an accounting.")
    String id;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The case file to write (.custodia).")
    Path out;

    @Option(names = "--recipient", paramLabel = "NAME", description = "The reviewer who receives the file.")
    String recipient;

    @Option(names = "--recipient-address", paramLabel = "TEXT", description = "The reviewer's address, if known.")
    String recipientAddress;

    @Option(names = "--encrypt", description = "Encrypt the payload under a passphrase.")
    boolean encrypt;

    @Override
    public Integer call() {
        CustodiaCommand global = parent.global;
        char[] passphrase = encrypt ? global.secrets().newCasePassphrase() : null;
        CaseRecipient to = recipient == null ? null : new CaseRecipient(recipient, recipientAddress);
        try {
            return new Connector(global).asOperator("case export", (services, principal) -> {
                Connector.requireSigningKey(services, "seal a case file");
                CaseFileService.ExportedCase exported = services.caseFiles().export(principal, kind, id, to, out,
                        passphrase);
                PrintWriter printer = global.context().out();
                printer.println("Case " + kind.cliName() + " " + id + " sealed to " + exported.file()
                        + (exported.encrypted() ? " (payload encrypted)" : ""));
                printer.println("Ledger entries: " + exported.ledgerEntries() + ", proven against the checkpoint of "
                        + exported.checkpointSize() + " entries");
                printer.println("Key:          " + exported.keyFingerprint());
                printer.println("Ledger entry: " + exported.disclosed().ledgerSeq());
                printer.println("SHA-256:      " + exported.disclosed().payloadSha256());
                printer.flush();
                return ExitCodes.OK;
            });
        } finally {
            Secrets.wipe(passphrase);
        }
    }

    static final class KindConverter implements ITypeConverter<CaseKind> {
        @Override
        public CaseKind convert(String value) {
            return CaseKind.fromCliName(value);
        }
    }
}
