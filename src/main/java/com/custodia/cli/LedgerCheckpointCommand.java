package com.custodia.cli;

import com.custodia.ledger.Checkpoint;
import com.custodia.policy.Permission;
import java.io.PrintWriter;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code custodia ledger checkpoint}: signs the ledger's current tree head with this
 * workstation's key and stores it in the database and as an anchor file.
 */
@Command(name = "checkpoint", mixinStandardHelpOptions = true,
        header = "Sign a checkpoint of the ledger now: its size, Merkle root and the signing key.",
        description = "Signs in as --user OPERATOR, who needs a role that may verify the ledger. On a server, "
                + "CUSTODIA_PASSPHRASE unlocks this workstation's signing key.")
final class LedgerCheckpointCommand implements Callable<Integer> {

    @ParentCommand
    LedgerCommand ledger;

    @Override
    public Integer call() {
        CustodiaCommand global = ledger.global;
        return new Connector(global).asOperator("ledger checkpoint", (services, principal) -> {
            services.guard().require(principal, Permission.LEDGER_VERIFY, "sign a checkpoint");
            Connector.requireSigningKey(services, "sign a checkpoint");
            Checkpoint checkpoint = services.ledger().checkpoint();
            PrintWriter out = global.context().out();
            out.println("Checkpoint of " + checkpoint.treeSize() + " entries");
            out.println("Root: " + HexFormat.of().formatHex(checkpoint.root()));
            out.println("Key:  " + checkpoint.keyFingerprint());
            out.flush();
            return ExitCodes.OK;
        });
    }
}
