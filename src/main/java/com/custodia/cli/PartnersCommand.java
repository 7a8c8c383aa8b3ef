package com.custodia.cli;

import com.custodia.service.partners.PartnerDisclosures;
import com.custodia.service.partners.PartnerView;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code custodia partners}: the partner registry; on its own it only says which commands exist. */
@Command(name = "partners", mixinStandardHelpOptions = true, header = "The registered partners.",
        subcommands = {PartnersCommand.ListCommand.class, PartnersCommand.HistoryCommand.class})
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

    /** {@code custodia partners history NAME}: what the ledger says a partner received. */
    @Command(name = "history", sortOptions = false, mixinStandardHelpOptions = true,
            header = "What a partner received, from the ledger: counts per month, then every disclosure.",
            description = "Signs in as --user OPERATOR, who needs the partner manager role. Prints one line per month "
                    + "(UTC) with the number of lookup answers and share packages, then every one of them, newest "
                    + "first: ledger entry, time, operator, grant, channel, fields and persons.")
    static final class HistoryCommand implements Callable<Integer> {

        @ParentCommand
        PartnersCommand partners;

        @Parameters(index = "0", paramLabel = "NAME", description = "The partner.")
        String name;

        @Override
        public Integer call() {
            CustodiaCommand global = partners.global;
            return new Connector(global).asOperator("partners history", (services, principal) -> {
                PartnerView partner = services.partners().byName(principal, name).orElseThrow(() ->
                        new CommandFailure(ExitCodes.USAGE, "No partner named '" + name + "'."));
                PartnerDisclosures.PartnerHistory history = services.partnerDisclosures().history(principal,
                        partner.id());
                PrintWriter out = global.context().out();
                if (history.disclosures().isEmpty()) {
                    out.println(partner.name() + " has received nothing.");
                    out.flush();
                    return ExitCodes.OK;
                }
                TextTable months = new TextTable("MONTH", "DISCLOSURES");
                history.perMonth().forEach((month, count) -> months.row(month.toString(), Long.toString(count)));
                months.print(out);
                out.println();
                TextTable entries = new TextTable("ENTRY", "TIME", "OPERATOR", "GRANT", "CHANNEL", "FIELDS", "PERSONS");
                for (PartnerDisclosures.PartnerDisclosure d : history.disclosures()) {
                    entries.row(Long.toString(d.seq()), d.occurredAt().toString(), d.operator(), d.grant(), d.channel(),
                            String.join(",", d.fields()), Long.toString(d.persons()));
                }
                entries.print(out);
                out.println(history.disclosures().size() + " disclosures to " + partner.name() + ".");
                out.flush();
                return ExitCodes.OK;
            });
        }
    }
}
