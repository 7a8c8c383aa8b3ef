package com.custodia.cli;

import com.custodia.service.demo.DemoDataService;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code custodia demo}: fills a workspace or server with generated, realistic data. It signs in
 * like anyone else, so the role check of the demo-data service applies (administrators only).
 */
@Command(name = "demo", sortOptions = false, mixinStandardHelpOptions = true,
        header = "Fill with generated, realistic data.",
        description = "Signs in as --user OPERATOR, who needs the administrator role (the password comes from "
                + "CUSTODIA_PASSWORD or a prompt), and adds generated persons of every kind with their web visits, "
                + "licenses, orders, forum posts, correspondence, job applications, points of contact and "
                + "communication preferences, in batches that each commit with all their records.")
final class DemoCommand implements Callable<Integer> {

    @ParentCommand
    CustodiaCommand global;

    @Option(names = "--persons", paramLabel = "N", required = true, description = "How many persons to generate.")
    int persons;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "The same seed gives the same data (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        return new Connector(global).asOperator("demo", (services, principal) -> {
            DemoDataService.Generated made = services.demoData().generate(principal, persons, seed,
                    new ProgressPrinter(global.context().err()));
            PrintWriter out = global.context().out();
            out.println("Generated " + made.persons() + " persons");
            out.println("with " + made.webVisits() + " web visits, " + made.licenses() + " licenses, " + made.orders()
                    + " orders, " + made.forumPosts() + " forum posts, " + made.correspondence() + " letters, "
                    + made.jobApplications() + " job applications, " + made.pointsOfContact() + " points of contact, "
                    + made.preferences() + " communication preferences");
            out.flush();
            return ExitCodes.OK;
        });
    }
}
