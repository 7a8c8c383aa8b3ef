package com.custodia.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code custodia consents}: the commands about consents; on its own it only says which exist. */
@Command(name = "consents", mixinStandardHelpOptions = true, header = "Work with consents and their receipts.",
        subcommands = {ConsentsListCommand.class, ConsentsReceiptCommand.class, ConsentsWithdrawCommand.class})
final class ConsentsCommand implements Callable<Integer> {

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
