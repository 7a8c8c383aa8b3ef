package com.custodia.cli;

import com.custodia.service.partners.PartnerView;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code custodia partners}: the partner registry; on its own it only says which commands exist. */
@Command(name = "partners", mixinStandardHelpOptions = true, header = "The registered partners.",
        subcommands = {PartnersCommand.ListCommand.class})
final class PartnersCommand implements Callable<Integer> {

    @ParentCommand
    CustodiaCommand global;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()) + ".");
    }

    static String words(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** {@code custodia partners list}: every partner with where it stands today. */
    @Command(name = "list", sortOptions = false, mixinStandardHelpOptions = true,
            header = "List partners with their registration and whether they may receive anything today.",
            description = "Signs in as --user OPERATOR, who needs the partner manager role. STATE is registered, "
                    + "expiring soon (the registration ends within 30 days), lapsed, stale agreement (signed an "
                    + "older version of the partner agreement), not yet registered, suspended or terminated; only "
                    + "registered and expiring-soon partners receive anything. Exit 0 also when there are none.")
    static final class ListCommand implements Callable<Integer> {

        @ParentCommand
        PartnersCommand partners;

        @Option(names = "--expiring", description = "Only partners whose registration ends within 30 days.")
        boolean expiring;

        @Override
        public Integer call() {
            CustodiaCommand global = partners.global;
            return new Connector(global).asOperator("partners list", (services, principal) -> {
                List<PartnerView> list = expiring ? services.partners().expiringSoon(principal)
                        : services.partners().list(principal);
                PrintWriter out = global.context().out();
                if (list.isEmpty()) {
                    out.println(expiring ? "No partner's registration ends within 30 days." : "No partners.");
                    out.flush();
                    return ExitCodes.OK;
                }
                TextTable table = new TextTable("ID", "PARTNER", "TIER", "AGREEMENT", "REGISTERED", "STATE");
                for (PartnerView p : list) {
                    table.row(Long.toString(p.id()), p.name(), words(p.tier()),
                            p.agreementReference() + " v" + p.agreementVersion(),
                            p.registeredFrom() + " to " + p.registeredUntil(), words(p.state()));
                }
                table.print(out);
                list.stream().filter(p -> !p.mayReceive() || p.expiringSoon())
                        .forEach(p -> out.println("! " + p.standing()));
                out.println(list.size() + (list.size() == 1 ? " partner." : " partners."));
                out.flush();
                return ExitCodes.OK;
            });
        }
    }
}
