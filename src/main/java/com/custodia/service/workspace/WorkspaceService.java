package com.custodia.service.workspace;

import com.custodia.domain.ConnectionProfile;
import com.custodia.domain.Progress;
import com.custodia.domain.SecurityEventKind;
import com.custodia.persistence.Workspaces;
import com.custodia.policy.CredentialRules;
import com.custodia.service.Services;
import com.custodia.service.auth.LoginResult;
import com.custodia.service.auth.PasswordHasher;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Creating, opening and connecting: the steps before anyone is signed in. Each returns the
 * {@link Services} over the opened database; the caller owns and closes them.
 */
public final class WorkspaceService {

    private final Clock clock;
    private final PasswordHasher hasher;
    private final String workstation;

    public WorkspaceService(Clock clock, PasswordHasher hasher, String workstation) {
        this.clock = clock;
        this.hasher = hasher;
        this.workstation = workstation;
    }

    /** Everything needed to create a workspace or initialise a server. */
    public record FirstAdministrator(String username, String displayName, char[] password) {
    }

    /**
     * Creates an encrypted workspace and its first administrator. Every rule is checked before
     * anything is written to disk.
     */
    public Services createWorkspace(Path folder, char[] passphrase, FirstAdministrator admin, Progress progress) {
        CredentialRules.checkPassphrase(passphrase).ifPresent(WorkspaceService::invalid);
        checkAdministrator(admin);
        if (!Workspaces.isFreeForNewWorkspace(folder)) {
            invalid("The folder " + folder + " is not empty; choose a new or empty folder.");
        }
        Services services = wrap(Workspaces.createEmbedded(folder, passphrase, false, clock.instant(), progress));
        return withFirstAdministrator(services, admin);
    }

    /** Opens an existing workspace; a wrong passphrase raises "Wrong passphrase.". */
    public Services openWorkspace(Path folder, char[] passphrase, Progress progress) {
        return wrap(Workspaces.openEmbedded(folder, passphrase, progress));
    }

    /** Connects to a PostgreSQL server, migrating its schema when it is behind. */
    public Services connect(ConnectionProfile.Server server, char[] password, Progress progress) {
        return wrap(Workspaces.openServer(server, password, clock.instant(), progress));
    }

    /** Initialises a PostgreSQL database: schema and first administrator. */
    public Services initServer(ConnectionProfile.Server server, char[] password, FirstAdministrator admin, Progress progress) {
        checkAdministrator(admin);
        Services services = connect(server, password, progress);
        return withFirstAdministrator(services, admin);
    }

    /**
     * Creates a demo workspace with the published credentials of {@link DemoCredentials} and
     * {@code persons} generated persons.
     */
    public Services createDemoWorkspace(Path folder, int persons, long seed, Progress progress) {
        Services services = wrap(Workspaces.createEmbedded(folder, DemoCredentials.PASSPHRASE.toCharArray(), true,
                clock.instant(), scaled(progress, 0.0, 0.4)));
        try {
            for (DemoCredentials.Account account : DemoCredentials.ACCOUNTS) {
                services.operators().createDemoAccount(true, account.username(), account.displayName(),
                        account.roles(), DemoCredentials.PASSWORD.toCharArray());
            }
            LoginResult admin = services.auth().login("admin", DemoCredentials.PASSWORD.toCharArray());
            services.demoData().generatePersons(admin.principal(), persons, seed, scaled(progress, 0.4, 1.0));
            return services;
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
    }

    private Services withFirstAdministrator(Services services, FirstAdministrator admin) {
        try {
            services.operators().createFirstAdministrator(admin.username(), admin.displayName(), admin.password());
            services.securityLog().record(SecurityEventKind.WORKSPACE_CREATED, admin.username(), null);
            return services;
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
    }

    private static void checkAdministrator(FirstAdministrator admin) {
        CredentialRules.checkUsername(admin.username()).ifPresent(WorkspaceService::invalid);
        CredentialRules.checkPassword(admin.username(), admin.password()).ifPresent(WorkspaceService::invalid);
    }

    private Services wrap(Workspaces.Opened opened) {
        return new Services(opened, clock, hasher, workstation);
    }

    private static Progress scaled(Progress progress, double from, double to) {
        return new Progress() {
            @Override
            public void update(double fraction, String message) {
                progress.update(fraction < 0 ? fraction : from + (to - from) * fraction, message);
            }

            @Override
            public void checkCancelled() {
                progress.checkCancelled();
            }
        };
    }

    private static void invalid(String message) {
        throw new IllegalArgumentException(message);
    }
}
