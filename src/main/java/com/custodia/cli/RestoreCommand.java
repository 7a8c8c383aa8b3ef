package com.custodia.cli;

import com.custodia.service.backup.RestoreService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code custodia --workspace DIR restore --from FILE}: a backup into a new folder, kept only when
 * it opens with the passphrase, an administrator of it signs in and its ledger verifies
 * (decision 0031). Command line only: the console has no restore button yet.
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
        header = "Restore a backup file into a new workspace folder (--workspace DIR, absent or empty).",
        description = "The backup file is checked before anything is unpacked, every entry compared with its "
                + "manifest, and the folder opened with the backup's passphrase (CUSTODIA_PASSPHRASE). --user "
                + "OPERATOR must be an administrator of the restored workspace, and its ledger must verify; "
                + "otherwise the folder is removed again. Prints \"Restored DIR: N ledger entries, head HEX, "
                + "backup of TIME\". Exit 2 for a wrong passphrase or a folder that is not empty, 3 for a backup "
                + "file that was changed or a ledger that does not verify, 4 for an operator who is not an "
                + "administrator.")
final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    CustodiaCommand global;

    @Option(names = "--from", paramLabel = "FILE", required = true, description = "The backup file.")
    Path from;

    @Override
    public Integer call() {
        String user = global.requireUser("restore");
        if (global.target == null || global.target.workspace == null) {
            throw new CommandFailure(ExitCodes.USAGE, "restore creates a workspace: name its new folder with "
                    + "--workspace DIR (absent or empty).");
        }
        Path folder = global.target.workspace.toAbsolutePath().normalize();
        Connector connector = new Connector(global);
        RestoreService restore = new RestoreService(connector.workspaceService());
        restore.checkTarget(from, folder);
        char[] passphrase = null;
        char[] password = null;
        try {
            passphrase = global.secrets().passphrase();
            char[] secret = password = global.secrets().password(user);
            RestoreService.Restored restored = restore.restore(from, folder, passphrase,
                    services -> Connector.signIn(services, user, secret), new ProgressPrinter(global.context().err()));
            return report(restored);
        } finally {
            Secrets.wipe(passphrase, password);
        }
    }

    private int report(RestoreService.Restored restored) {
        PrintWriter out = global.context().out();
        PrintWriter err = global.context().err();
        if (restored.ok()) {
            out.println("Restored " + restored.folder() + ": " + restored.report().entries() + " ledger entries, head "
                    + HexFormat.of().formatHex(restored.report().treeHead()) + ", backup of "
                    + restored.manifest().createdAt());
            out.flush();
            return ExitCodes.OK;
        }
        out.println(restored.report().summary());
        out.flush();
        err.println(restored.report().detail());
        err.println("The restored folder was removed again; the backup file is unchanged.");
        err.flush();
        return ExitCodes.INTEGRITY;
    }
}
