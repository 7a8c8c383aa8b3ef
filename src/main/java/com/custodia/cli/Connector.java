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

    /** The work of a command that signs in; returns the exit code. */
    @FunctionalInterface
    interface SignedInWork {
        int run(Services services, Principal principal);
    }

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

    /**
     * Opens an existing workspace or connects to a server; the caller closes what it gets. On a
     * server the workstation's signing key is unlocked with {@code CUSTODIA_PASSPHRASE} when it is
     * set (and made on first use), so this workstation can disclose and sign checkpoints; without
     * it the ledger can still be read and verified. An embedded workspace's passphrase unlocks its key.
     */
    Services open(ConnectionProfile profile, char[] secret) {
        ProgressPrinter progress = new ProgressPrinter(global.context().err());
        WorkspaceService service = workspaceService();
        if (profile instanceof ConnectionProfile.Server server) {
            char[] keyPassphrase = global.secrets().keyPassphrase();
            try {
                return service.connect(server, secret, keyPassphrase, progress);
            } finally {
                Secrets.wipe(keyPassphrase);
            }
        }
        return service.openWorkspace(((ConnectionProfile.Embedded) profile).folder(), secret, progress);
    }

    /**
     * Opens the profile, signs in as {@code --user}, runs the work and records the sign-out, wiping
     * every secret on the way out whatever happens.
     */
    int asOperator(String command, SignedInWork work) {
        String user = global.requireUser(command);
        ConnectionProfile profile = global.profile();
        char[] opening = null;
        char[] password = null;
        try {
            opening = openingSecret(profile);
            password = global.secrets().password(user);
            try (Services services = open(profile, opening)) {
                Principal principal = signIn(services, user, password);
                Secrets.wipe(password);
                try {
                    return work.run(services, principal);
                } finally {
                    services.auth().recordLogout(principal);
                }
            }
        } finally {
            Secrets.wipe(opening, password);
        }
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

    /**
     * Fails with an input error when this workstation cannot sign: on a server its key is unlocked
     * only with {@code CUSTODIA_PASSPHRASE}. Said before the work starts, not as a failed append.
     */
    static void requireSigningKey(Services services, String what) {
        if (!services.ledger().canSign()) {
            throw new CommandFailure(ExitCodes.USAGE, "This workstation's signing key is locked, so it cannot "
                    + what + ": set " + Secrets.PASSPHRASE + " to the key's passphrase (the first time, it "
                    + "chooses one) and run this again.");
        }
    }
}
