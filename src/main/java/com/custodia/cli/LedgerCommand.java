package com.custodia.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code custodia ledger}: the disclosure ledger; on its own it only says which commands exist. */
@Command(name = "ledger", mixinStandardHelpOptions = true, header = "Verify and checkpoint the disclosure ledger.",
        subcommands = {LedgerVerifyCommand.class, LedgerCheckpointCommand.class, LedgerAccountingCommand.class})
final class LedgerCommand implements Callable<Integer> {

    @ParentCommand
    CustodiaCommand global;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()) + ".");
    }
}
