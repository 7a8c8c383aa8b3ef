package com.custodia.cli;

import com.custodia.ledger.VerificationReport;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code custodia ledger verify}: recomputes every entry, link and signed checkpoint. The one line
 * on standard output is what scripts read; the explanation of a break goes to standard error.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        header = "Verify the disclosure ledger: \"OK <n> entries, head <hex>\" (exit 0) or "
                + "\"TAMPERED at <seq>: <kind>\" (exit 3).",
        description = "Signs in as --user OPERATOR, who needs a role that may verify the ledger (privacy officer or "
                + "administrator). Every entry's hash, every chain link, every signed checkpoint in the database "
                + "and the newest anchor file are checked; the first break is reported with its kind: modified, "
                + "inserted, deleted, reordered, truncated or forked. No signing key is needed.")
final class LedgerVerifyCommand implements Callable<Integer> {

    @ParentCommand
    LedgerCommand ledger;

    @Override
    public Integer call() {
        CustodiaCommand global = ledger.global;
        return new Connector(global).asOperator("ledger verify", (services, principal) -> {
            VerificationReport report = services.ledger().verify(principal, new ProgressPrinter(global.context().err()));
            global.context().out().println(report.summary());
            global.context().out().flush();
            if (report.ok()) {
                return ExitCodes.OK;
            }
            global.context().err().println(report.detail());
            global.context().err().flush();
            return ExitCodes.INTEGRITY;
        });
    }
}
