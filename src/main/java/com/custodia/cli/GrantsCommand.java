package com.custodia.cli;

import com.custodia.service.partners.GrantView;
import com.custodia.service.partners.PartnerView;
import com.custodia.service.partners.ShareFormat;
import com.custodia.service.partners.SharePackage;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code custodia grants}: the license-sharing grants; on its own it only says which commands exist. */
@Command(name = "grants", mixinStandardHelpOptions = true, header = "Grants of license information to partners.",
        subcommands = {GrantsCommand.ListCommand.class, GrantsCommand.ShowCommand.class, GrantsCommand.ExportCommand.class,
            GrantsCommand.RenewCommand.class, GrantsCommand.RevokeCommand.class})
final class GrantsCommand implements Callable<Integer> {

    @ParentCommand
    CustodiaCommand global;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()) + ".");
    }

    static String scope(GrantView g) {
        return switch (g.scope()) {
            case CUSTOMERS -> "customers " + g.personIds().stream().sorted().map(String::valueOf)
                    .collect(Collectors.joining(","));
            case PRODUCTS -> "products " + g.products().stream().sorted().collect(Collectors.joining(","));
            case RESOLD -> "resold by partner";
        };
    }

    /** {@code custodia grants list}: every grant with its state and expiry. */
    @Command(name = "list", sortOptions = false, mixinStandardHelpOptions = true,
            header = "List grants with their state and expiry.",
            description = "Signs in as --user OPERATOR, who needs the partner manager role. STATE is active, expiring "
                    + "soon (ends within 30 days), not yet valid, expired or revoked; a line starting with ! warns "
                    + "about a grant that ends soon or answers nothing because of its partner.")
    static final class ListCommand implements Callable<Integer> {

        @ParentCommand
        GrantsCommand grants;

        @Option(names = "--partner", paramLabel = "NAME", description = "Only this partner's grants.")
        String partner;

        @Option(names = "--expiring", description = "Only grants that need attention soon.")
        boolean expiring;

        @Override
        public Integer call() {
            CustodiaCommand global = grants.global;
            return new Connector(global).asOperator("grants list", (services, principal) -> {
                List<GrantView> list;
                if (partner != null) {
                    PartnerView p = services.partners().byName(principal, partner).orElseThrow(() ->
                            new CommandFailure(ExitCodes.USAGE, "No partner named '" + partner + "'."));
                    list = services.grants().listFor(principal, p.id());
                } else {
                    list = expiring ? services.grants().expiringSoon(principal) : services.grants().list(principal);
                }
                PrintWriter out = global.context().out();
                if (list.isEmpty()) {
                    out.println("No grants.");
                    out.flush();
                    return ExitCodes.OK;
                }
                TextTable table = new TextTable("ID", "PARTNER", "SCOPE", "FIELDS", "PURPOSE", "VALID UNTIL", "STATE");
                for (GrantView g : list) {
                    table.row(Long.toString(g.id()), g.partnerName(), scope(g),
                            g.fields().stream().sorted().map(f -> f.fieldName()).collect(Collectors.joining(",")),
                            PartnersCommand.words(g.purpose()), g.validUntil().toString(),
                            PartnersCommand.words(g.state()));
                }
                table.print(out);
                for (GrantView g : list) {
                    if (g.warning() != null) {
                        out.println("! grant " + g.id() + ": " + g.warning());
                    }
                }
                out.println(list.size() + (list.size() == 1 ? " grant." : " grants."));
                out.flush();
                return ExitCodes.OK;
            });
        }
    }

    /** {@code custodia grants show GRANT_ID}: one grant and its history. */
    @Command(name = "show", sortOptions = false, mixinStandardHelpOptions = true,
            header = "Show one grant: its scope, fields, purpose and term, and who granted, renewed or revoked it, "
                    + "when and why.")
    static final class ShowCommand implements Callable<Integer> {

        @ParentCommand
        GrantsCommand grants;

        @Parameters(index = "0", paramLabel = "GRANT_ID", description = "The grant.")
        long grantId;

        @Override
        public Integer call() {
            CustodiaCommand global = grants.global;
            return new Connector(global).asOperator("grants show", (services, principal) -> {
                GrantView g = services.grants().find(principal, grantId);
                PrintWriter out = global.context().out();
                out.println("Grant " + g.id() + " to " + g.partnerName());
                out.println("Scope:       " + scope(g));
                out.println("Fields:      " + g.fields().stream().sorted().map(f -> f.fieldName())
                        .collect(Collectors.joining(", ")));
                out.println("Purpose:     " + PartnersCommand.words(g.purpose()));
                out.println("Valid:       " + g.validFrom() + " to " + g.validUntil());
                out.println("State:       " + PartnersCommand.words(g.state()) + (g.answers() ? ""
                        : " (answers nothing now)"));
                if (g.warning() != null) {
                    out.println("! " + g.warning());
                }
                out.println();
                TextTable history = new TextTable("WHEN", "WHAT", "WHO", "UNTIL", "REASON");
                services.grants().history(principal, grantId).forEach(e -> history.row(e.occurredAt().toString(),
                        PartnersCommand.words(e.kind()), e.operator(),
                        e.validUntil() == null ? "" : e.validUntil().toString(), e.reason()));
                history.print(out);
                out.flush();
                return ExitCodes.OK;
            });
        }
    }

    /** {@code custodia grants export}: the share package of a grant, a disclosure. */
    @Command(name = "export", sortOptions = false, mixinStandardHelpOptions = true,
            header = "Write a grant's share package: a disclosure, recorded in the ledger before the file is written.",
            description = {
                "Signs in as --user OPERATOR, who needs the partner manager role. Writes every license the grant "
                        + "covers, with exactly the grant's fields, as CSV or JSON. Refused (exit 4, with the reason) "
                        + "when the partner's registration lapsed, its agreement is out of date, or the grant expired "
                        + "or was revoked; nothing is recorded or written then.",
                "On a server, CUSTODIA_PASSPHRASE unlocks this workstation's signing key, which every disclosure "
                        + "needs."})
    static final class ExportCommand implements Callable<Integer> {

        @ParentCommand
        GrantsCommand grants;

        @Parameters(index = "0", paramLabel = "GRANT_ID", description = "The grant.")
        long grantId;

        @Option(names = "--format", paramLabel = "csv|json", required = true, description = "csv or json.")
        String format;

        @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write (replaced if it exists).")
        Path out;

        @Override
        public Integer call() {
            ShareFormat f = ShareFormat.parse(format);
            CustodiaCommand global = grants.global;
            return new Connector(global).asOperator("grants export", (services, principal) -> {
                Connector.requireSigningKey(services, "disclose anything");
                SharePackage pkg = services.sharePackages().export(principal, grantId, f, out);
                PrintWriter w = global.context().out();
                w.println("Wrote " + pkg.licenses() + (pkg.licenses() == 1 ? " license" : " licenses") + " of "
                        + pkg.persons() + (pkg.persons() == 1 ? " person" : " persons") + " for " + pkg.partner()
                        + " to " + pkg.file());
                w.println("Ledger entry: " + pkg.disclosed().ledgerSeq());
                w.println("SHA-256:      " + pkg.disclosed().payloadSha256());
                w.flush();
                return ExitCodes.OK;
            });
        }
    }

    /** {@code custodia grants renew}: a new end for a grant. */
    @Command(name = "renew", sortOptions = false, mixinStandardHelpOptions = true,
            header = "Renew a grant until a new date, with a reason (recorded in the grant's history).")
    static final class RenewCommand implements Callable<Integer> {

        @ParentCommand
        GrantsCommand grants;

        @Parameters(index = "0", paramLabel = "GRANT_ID", description = "The grant.")
        long grantId;

        @Option(names = "--until", paramLabel = "DATE", required = true,
                description = "The new end: YYYY-MM-DD (the end of that day, UTC) or an ISO instant.")
        String until;

        @Option(names = "--reason", paramLabel = "TEXT", required = true, description = "Why it is renewed.")
        String reason;

        @Override
        public Integer call() {
            Instant end = instant(until);
            CustodiaCommand global = grants.global;
            return new Connector(global).asOperator("grants renew", (services, principal) -> {
                GrantView g = services.grants().renew(principal, grantId, end, reason);
                global.context().out().println("Grant " + g.id() + " of " + g.partnerName() + " now runs until "
                        + g.validUntil() + ".");
                global.context().out().flush();
                return ExitCodes.OK;
            });
        }
    }

    /** {@code custodia grants revoke}: ends a grant now. */
    @Command(name = "revoke", sortOptions = false, mixinStandardHelpOptions = true,
            header = "Revoke a grant now, with a reason: it answers nothing from this moment on.")
    static final class RevokeCommand implements Callable<Integer> {

        @ParentCommand
        GrantsCommand grants;

        @Parameters(index = "0", paramLabel = "GRANT_ID", description = "The grant.")
        long grantId;

        @Option(names = "--reason", paramLabel = "TEXT", required = true, description = "Why it is revoked.")
        String reason;

        @Override
        public Integer call() {
            CustodiaCommand global = grants.global;
            return new Connector(global).asOperator("grants revoke", (services, principal) -> {
                GrantView g = services.grants().revoke(principal, grantId, reason);
                global.context().out().println("Grant " + g.id() + " of " + g.partnerName() + " was revoked at "
                        + g.revokedAt() + ".");
                global.context().out().flush();
                return ExitCodes.OK;
            });
        }
    }

    /** A date means the end of that day (UTC); an instant is taken as it is. */
    static Instant instant(String value) {
        try {
            return LocalDate.parse(value.strip()).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(value.strip());
            } catch (DateTimeParseException again) {
                throw new CommandFailure(ExitCodes.USAGE, "--until: '" + value + "' is neither a date (YYYY-MM-DD) "
                        + "nor an instant (2027-01-31T00:00:00Z).");
            }
        }
    }
}
