package com.custodia.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code custodia requests}: access and correction requests; on its own it only says which commands exist. */
@Command(name = "requests", mixinStandardHelpOptions = true,
        header = "Work with access and correction requests: the queue, access reports, the request log.",
        subcommands = {RequestsListCommand.class, RequestsReportCommand.class, RequestsLogCommand.class})
final class RequestsCommand implements Callable<Integer> {

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
