package com.custodia.cli;

import com.custodia.service.requests.RequestViews.RequestSummary;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code custodia requests list [--overdue]}: the request queue, the nearest due date first, with
 * the days left and a warning for requests due soon or overdue.
 */
@Command(name = "list", sortOptions = false, mixinStandardHelpOptions = true,
        header = "List access and correction requests by due date, with days left; --overdue for late ones only.",
        description = "Signs in as --user OPERATOR (the password comes from CUSTODIA_PASSWORD or a prompt), who needs "
                + "a role that manages requests (privacy officer). Prints \"No requests.\" when there are none.")
final class RequestsListCommand implements Callable<Integer> {

    @ParentCommand
    RequestsCommand requests;

    @Option(names = "--overdue", description = "Only open requests past their due date.")
    boolean overdue;

    @Override
    public Integer call() {
        CustodiaCommand global = requests.global;
        return new Connector(global).asOperator("requests list", (services, principal) -> {
            List<RequestSummary> list = services.requests().list(principal, overdue);
            PrintWriter out = global.context().out();
            if (list.isEmpty()) {
                out.println(overdue ? "No overdue requests." : "No requests.");
            }
            for (RequestSummary r : list) {
                String warning = switch (r.deadline().urgency()) {
                    case OVERDUE -> "OVERDUE by " + -r.deadline().daysLeft() + " days";
                    case DUE_SOON -> "due soon: " + r.deadline().daysLeft() + " days left";
                    case ON_TIME -> r.deadline().clockRunning() ? r.deadline().daysLeft() + " days left"
                            : "clock stopped (waiting for identification)";
                    case ANSWERED -> "answered";
                };
                out.printf("%-6d %-10s %-8s %-18s due %s  %s%s  %s%n", r.id(), lower(r.kind().name()),
                        lower(r.channel().name()), lower(r.status().name()), r.deadline().due(), warning,
                        r.deadline().extended() ? " (extended)" : "", PersonsShowText.oneLine(r.requester()));
            }
            out.flush();
            return ExitCodes.OK;
        });
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
