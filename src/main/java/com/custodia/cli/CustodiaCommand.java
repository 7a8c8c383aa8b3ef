package com.custodia.cli;

import com.custodia.domain.ConnectionProfile;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code custodia}: the global options of DESIGN.md section 7 and the subcommands. Subcommands
 * reach the options and the {@link CliContext} through their parent, so there is one place that
 * decides where the data lives and who signs in.
 */
@Command(name = "custodia", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        header = "Custodia on the command line, for administrators and automation.",
        subcommands = {InitCommand.class, DemoCommand.class, PersonsCommand.class, ConsentsCommand.class,
            LedgerCommand.class, BenchCommand.class, PartnersCommand.class, GrantsCommand.class, LicenseCommand.class,
            RequestsCommand.class, CaseCommand.class, BackupCommand.class, RestoreCommand.class},
        footerHeading = "%nSecrets come from the environment or a prompt, never from arguments:%n",
        footer = {
            "  CUSTODIA_PASSPHRASE   the workspace passphrase; with --db-url, the passphrase",
            "                        of this workstation's signing key (made on first use),",
            "                        which disclosures and checkpoints need (unset: the",
            "                        ledger can be read and verified, nothing signed)",
            "  CUSTODIA_PASSWORD     the operator's password (init: the new administrator's)",
            "  CUSTODIA_DB_PASSWORD  the password for --db-url; empty or unset: none",
            "",
            "Exit codes: 0 done, 1 unexpected error, 2 usage or input error,",
            "            3 integrity failure, 4 refused by policy or role."})
final class CustodiaCommand implements Callable<Integer> {

    /** Either a workspace folder or a server, never both. */
    static final class Target {
        @Option(names = "--workspace", paramLabel = "DIR",
                description = "The encrypted workspace folder (default: the user's default workspace).")
        Path workspace;

        @ArgGroup(exclusive = false, multiplicity = "1")
        Server server;
    }

    /** A PostgreSQL server; the URL alone does not say who connects. */
    static final class Server {
        @Option(names = "--db-url", paramLabel = "URL", required = true,
                description = "A PostgreSQL database: jdbc:postgresql://HOST[:PORT]/DB[?sslmode=…&currentSchema=…].")
        String url;

        @Option(names = "--db-user", paramLabel = "NAME", required = true,
                description = "The database user for --db-url.")
        String user;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Target target;

    // inherited, so "custodia demo --user admin" works as well as "custodia --user admin demo"
    @Option(names = "--user", paramLabel = "OPERATOR", scope = ScopeType.INHERIT,
            description = "The operator who signs in (commands that need one).")
    String user;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "Print the stack trace of unexpected errors.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    private final CliContext context;

    CustodiaCommand(CliContext context) {
        this.context = context;
    }

    CliContext context() {
        return context;
    }

    Secrets secrets() {
        return new Secrets(context.environment(), context.prompt());
    }

    /** Where the data lives. A malformed URL is an input error (IllegalArgumentException). */
    ConnectionProfile profile() {
        if (target != null && target.server != null) {
            return ConnectionProfile.Server.fromJdbcUrl(target.server.url, target.server.user);
        }
        Path folder = target != null && target.workspace != null ? target.workspace : context.defaultWorkspace().get();
        return new ConnectionProfile.Embedded(folder);
    }

    /** The operator named by {@code --user}; commands that sign in cannot guess one. */
    String requireUser(String command) {
        if (user == null || user.isBlank()) {
            throw new CommandFailure(ExitCodes.USAGE,
                    command + " signs in as an operator: give --user OPERATOR (its password comes from "
                            + Secrets.PASSWORD + " or a prompt).");
        }
        return user;
    }

    /** Global options alone do nothing; with no arguments at all the Launcher opens the console instead. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()) + ".");
    }
}
