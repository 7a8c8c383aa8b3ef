package com.custodia.cli;

import com.custodia.domain.ConnectionProfile;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
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
                + "CUSTODIA_PASSWORD or a prompt), and adds generated persons in batches that each commit.")
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
        String user = global.requireUser("demo");
        ConnectionProfile profile = global.profile();
        Connector connector = new Connector(global);
        char[] opening = null;
        char[] password = null;
        try {
            opening = connector.openingSecret(profile);
            password = global.secrets().password(user);
            try (Services services = connector.open(profile, opening)) {
                Principal principal = Connector.signIn(services, user, password);
                try {
                    int made = services.demoData().generatePersons(principal, persons, seed,
                            new ProgressPrinter(global.context().err()));
                    global.context().out().println("Generated " + made + " persons");
                    global.context().out().flush();
                } finally {
                    services.auth().recordLogout(principal);
                }
            }
            return ExitCodes.OK;
        } finally {
            Secrets.wipe(opening, password);
        }
    }
}
