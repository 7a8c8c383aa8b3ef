package com.custodia.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/**
 * {@code custodia requests log}: the request log as CSV on standard output (decision 0024): dates,
 * kind, channel, due date, response date, nature of the response, basis of any denial. It names
 * no requester or person, so it is not a disclosure.
 */
@Command(name = "log", sortOptions = false, mixinStandardHelpOptions = true,
        header = "Print the request log as CSV: dates, kind, channel, response and basis of any denial.",
        description = "Signs in as --user OPERATOR (the password comes from CUSTODIA_PASSWORD or a prompt), who needs "
                + "a role that manages requests (privacy officer). Redirect the output to keep it in a file.")
final class RequestsLogCommand implements Callable<Integer> {

    @ParentCommand
    RequestsCommand requests;

    @Override
    public Integer call() {
        CustodiaCommand global = requests.global;
        return new Connector(global).asOperator("requests log", (services, principal) -> {
            PrintWriter out = global.context().out();
            out.print(new String(services.requestLog().csv(principal), StandardCharsets.UTF_8));
            out.flush();
            return ExitCodes.OK;
        });
    }
}
