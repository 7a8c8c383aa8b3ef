package com.custodia.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code custodia persons}: the commands about persons; on its own it only says which exist. */
@Command(name = "persons", mixinStandardHelpOptions = true, header = "Work with persons.",
        subcommands = {PersonsImportCommand.class, PersonsExportCommand.class, PersonsShowCommand.class})
final class PersonsCommand implements Callable<Integer> {

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
