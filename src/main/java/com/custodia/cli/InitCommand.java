package com.custodia.cli;

import com.custodia.domain.ConnectionProfile;
import com.custodia.service.Services;
import com.custodia.service.workspace.WorkspaceService;
import com.custodia.service.workspace.WorkspaceService.FirstAdministrator;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code custodia init}: creates an encrypted workspace, or the schema on a server, with its first
 * administrator. The services check every rule before anything is written.
 */
@Command(name = "init", sortOptions = false, mixinStandardHelpOptions = true,
        header = "Create an encrypted workspace (or the schema on a server).",
        description = "Creates the workspace folder (or, with --db-url, the schema on the server) and its first "
                + "administrator. The passphrase comes from CUSTODIA_PASSPHRASE and the administrator's password "
                + "from CUSTODIA_PASSWORD; what the environment does not hold is asked for twice at the terminal. "
                + "With --db-url, CUSTODIA_PASSPHRASE (if set) protects this workstation's new signing key.")
final class InitCommand implements Callable<Integer> {

    @ParentCommand
    CustodiaCommand global;

    @Option(names = "--admin", paramLabel = "NAME", required = true,
            description = "User name of the first administrator.")
    String admin;

    @Option(names = "--display-name", paramLabel = "TEXT",
            description = "The administrator's display name (default: the user name).")
    String displayName;

    @Override
    public Integer call() {
        ConnectionProfile profile = global.profile();
        Secrets secrets = global.secrets();
        Connector connector = new Connector(global);
        char[] opening = null;
        char[] password = null;
        char[] keyPassphrase = null;
        if (profile instanceof ConnectionProfile.Embedded embedded
                && !connector.workspaceService().canCreateIn(embedded.folder())) {
            // said before any passphrase is asked for
            throw new CommandFailure(ExitCodes.USAGE, "The folder " + embedded.folder()
                    + " is not empty; choose a new or empty folder for a new workspace.");
        }
        try {
            opening = profile instanceof ConnectionProfile.Server server
                    ? secrets.databasePassword(server.label())
                    : secrets.newPassphrase();
            password = secrets.newPassword(admin);
            FirstAdministrator first = new FirstAdministrator(admin,
                    displayName == null || displayName.isBlank() ? admin : displayName, password);
            ProgressPrinter progress = new ProgressPrinter(global.context().err());
            WorkspaceService service = connector.workspaceService();
            if (profile instanceof ConnectionProfile.Server server) {
                // the workstation's signing key is made now when CUSTODIA_PASSPHRASE is set
                keyPassphrase = secrets.keyPassphrase();
                try (Services services = service.initServer(server, opening, keyPassphrase, first, progress)) {
                    report(services, server.label() + schemaOf(server), "Initialised");
                }
            } else {
                var folder = ((ConnectionProfile.Embedded) profile).folder();
                try (Services services = service.createWorkspace(folder, opening, first, progress)) {
                    report(services, folder.toString(), "Created an encrypted workspace in");
                }
            }
            return ExitCodes.OK;
        } finally {
            Secrets.wipe(opening, password, keyPassphrase);
        }
    }

    private static String schemaOf(ConnectionProfile.Server server) {
        return server.schema() == null || server.schema().isBlank() ? "" : ", schema " + server.schema();
    }

    private void report(Services services, String where, String what) {
        PrintWriter out = global.context().out();
        out.println(what + " " + where);
        out.println("Workspace id:  " + services.info().id());
        out.println("Administrator: " + admin);
        out.flush();
    }
}
