package com.custodia.cli;

import com.custodia.service.backup.BackupService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code custodia backup --out FILE}: one file holding the workspace while it stays open, its
 * database still encrypted (decision 0031). Administrators only; servers are refused before
 * anything is opened, since they are backed up with their own tools.
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
        header = "Back up an embedded workspace to one file; its database stays encrypted.",
        description = "Signs in as --user OPERATOR, who must be an administrator. The file holds manifest.json "
                + "(what, when, by whom, the ledger's size and head, and every entry's size and SHA-256), "
                + "workspace.json, the encrypted database file exactly as it is on disk and the ledger's anchor "
                + "files; not this installation's signing key. (A workspace the console has open is backed up from "
                + "its Administration screen.) A PostgreSQL server is refused (exit 2): back it up with pg_dump. "
                + "An existing FILE is never replaced.")
final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    CustodiaCommand global;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The backup file to write.")
    Path out;

    @Override
    public Integer call() {
        BackupService.checkSupported(global.profile());
        return new Connector(global).asOperator("backup", (services, principal) -> {
            BackupService.Backup backup = services.backups().backUp(principal, out, false,
                    new ProgressPrinter(global.context().err()));
            PrintWriter stdout = global.context().out();
            stdout.println("Backed up to " + backup.file() + ": " + backup.ledgerSize() + " ledger entries, "
                    + backup.bytes() + " bytes");
            stdout.flush();
            return ExitCodes.OK;
        });
    }
}
