package com.custodia.cli;

import com.custodia.domain.LicenseField;
import com.custodia.service.partners.LookupAnswer;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code custodia license}: licenses as partners see them; on its own it only says which commands exist. */
@Command(name = "license", mixinStandardHelpOptions = true, header = "License lookups for partners.",
        subcommands = {LicenseCommand.LookupCommand.class})
final class LicenseCommand implements Callable<Integer> {

    @ParentCommand
    CustodiaCommand global;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()) + ".");
    }

    /** {@code custodia license lookup --partner NAME KEY}: a partner's question about one license. */
    @Command(name = "lookup", sortOptions = false, mixinStandardHelpOptions = true,
            header = "Answer a partner's question about a license: the fields its grant allows, or the refusal.",
            description = {
                "Signs in as --user OPERATOR, who needs the partner manager role. Prints exactly the license fields "
                        + "one of the partner's grants allows, one per line as NAME: VALUE, after the ledger entry "
                        + "recording the answer is committed. Refused (exit 4, the reason on standard error, nothing "
                        + "recorded in the ledger) when the partner is not registered or signed an older agreement, "
                        + "no grant covers the license, the grant expired or was revoked, or a field asked for is "
                        + "not allowed.",
                "On a server, CUSTODIA_PASSPHRASE unlocks this workstation's signing key, which every disclosure "
                        + "needs."})
    static final class LookupCommand implements Callable<Integer> {

        @ParentCommand
        LicenseCommand license;

        @Option(names = "--partner", paramLabel = "NAME", required = true, description = "The partner who asks.")
        String partner;

        @Option(names = "--field", paramLabel = "FIELD", split = ",",
                description = "Only these fields (repeatable or comma-separated): license_key, product, edition, "
                        + "seats, status, expiry, upgrade_eligibility (default: every field the grant allows).")
        List<String> fields = List.of();

        @Parameters(index = "0", paramLabel = "KEY", description = "The license key the partner gave.")
        String key;

        @Override
        public Integer call() {
            Set<LicenseField> wanted = EnumSet.noneOf(LicenseField.class);
            for (String f : fields) {
                try {
                    wanted.add(LicenseField.parse(f));
                } catch (IllegalArgumentException e) {
                    throw new CommandFailure(ExitCodes.USAGE, e.getMessage());
                }
            }
            CustodiaCommand global = license.global;
            return new Connector(global).asOperator("license lookup", (services, principal) -> {
                Connector.requireSigningKey(services, "answer partners");
                LookupAnswer answer = services.licenseLookup().lookup(principal, partner, key, wanted);
                if (!answer.answered()) {
                    PrintWriter err = global.context().err();
                    err.println("Refused (" + PartnersCommand.words(answer.refusal()) + "): " + answer.reason());
                    err.flush();
                    return ExitCodes.REFUSED;
                }
                PrintWriter out = global.context().out();
                for (Map.Entry<String, Object> e : answer.fields().entrySet()) {
                    out.println(e.getKey() + ": " + e.getValue());
                }
                out.println("Partner:      " + answer.partner());
                out.println("Grant:        " + answer.grantId());
                out.println("Ledger entry: " + answer.ledgerSeq());
                out.println("SHA-256:      " + answer.payloadSha256());
                out.flush();
                return ExitCodes.OK;
            });
        }
    }
}
