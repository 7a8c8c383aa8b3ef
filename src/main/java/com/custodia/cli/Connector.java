package com.custodia.cli;

import com.custodia.domain.ConnectionProfile;
import com.custodia.service.Services;
import com.custodia.service.auth.AuthenticationException;
import com.custodia.service.auth.LoginResult;
import com.custodia.service.auth.Principal;
import com.custodia.service.workspace.WorkspaceService;

/**
 * Opens the workspace or server a command works on and signs the operator in, through
 * {@link WorkspaceService} and the auth service only. Secrets are gathered before anything is
 * opened, so a missing one fails at once instead of after the database has started.
 */
final class Connector {

    private final CustodiaCommand global;

    Connector(CustodiaCommand global) {
        this.global = global;
    }

    WorkspaceService workspaceService() {
        CliContext context = global.context();
        return new WorkspaceService(context.clock(), context.hasher().get(), context.workstation().get());
    }

    /** The secret that opens the profile: a passphrase for a workspace, a password for a server. */
    char[] openingSecret(ConnectionProfile profile) {
        Secrets secrets = global.secrets();
        return profile instanceof ConnectionProfile.Server server
                ? secrets.databasePassword(server.label())
                : secrets.passphrase();
    }

    /** Opens an existing workspace or connects to a server; the caller closes what it gets. */
    Services open(ConnectionProfile profile, char[] secret) {
        ProgressPrinter progress = new ProgressPrinter(global.context().err());
        WorkspaceService service = workspaceService();
        if (profile instanceof ConnectionProfile.Server server) {
            return service.connect(server, secret, progress);
        }
        return service.openWorkspace(((ConnectionProfile.Embedded) profile).folder(), secret, progress);
    }

    /**
     * Signs in. A temporary password set by an administrator must be replaced at first sign-in,
     * which only the console can do, so the command line refuses such an account instead of
     * letting it work around that rule.
     */
    static Principal signIn(Services services, String username, char[] password) {
        LoginResult result = services.auth().login(username, password);
        if (result.mustChangePassword()) {
            services.auth().recordLogout(result.principal());
            throw new AuthenticationException("The password of " + result.principal().username()
                    + " is temporary: sign in to the console once to choose your own, then run this again.", false);
        }
        return result.principal();
    }
}
