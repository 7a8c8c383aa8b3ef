package com.custodia.service.workspace;

import com.custodia.domain.ConnectionProfile;
import com.custodia.domain.DatabaseException;
import com.custodia.domain.DatabaseException.Reason;
import com.custodia.domain.Progress;
import com.custodia.domain.SecurityEventKind;
import com.custodia.persistence.ServerContents;
import com.custodia.persistence.Workspaces;
import com.custodia.policy.CredentialRules;
import com.custodia.service.Services;
import com.custodia.service.auth.LoginResult;
import com.custodia.service.auth.PasswordHasher;
import com.custodia.ledger.KeyFile;
import com.custodia.ledger.LedgerStore;
import com.custodia.ledger.SigningKey;
import com.custodia.persistence.WorkspaceFile;
import com.custodia.service.settings.AppDirs;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creating, opening and connecting: the steps before anyone is signed in. Each returns the
 * {@link Services} over the opened database; the caller owns and closes them.
 */
public final class WorkspaceService {

    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceService.class);

    private final Clock clock;
    private final PasswordHasher hasher;
    private final String workstation;
    private final AppDirs dirs;

    public WorkspaceService(Clock clock, PasswordHasher hasher, String workstation) {
        this(clock, hasher, workstation, AppDirs.detect());
    }

    /** @param dirs where signing keys (config) and server anchor files (data) are kept */
    public WorkspaceService(Clock clock, PasswordHasher hasher, String workstation, AppDirs dirs) {
        this.clock = clock;
        this.hasher = hasher;
        this.workstation = workstation;
        this.dirs = dirs;
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
        Services services = embedded(Workspaces.createEmbedded(folder, passphrase, false, clock.instant(), progress),
                passphrase, null);
        return withFirstAdministrator(services, admin);
    }

    /** Whether a new workspace can be created in the folder (absent or empty), asked before any secret is. */
    public boolean canCreateIn(Path folder) {
        return Workspaces.isFreeForNewWorkspace(folder);
    }

    /** Opens an existing workspace; a wrong passphrase raises "Wrong passphrase.". */
    public Services openWorkspace(Path folder, char[] passphrase, Progress progress) {
        KeyAhead key = KeyAhead.start(keyFileOf(folder), passphrase);
        return embedded(Workspaces.openEmbedded(folder, passphrase, progress), passphrase, key);
    }

    /** Where this installation keeps its signing key for the workspace in the folder, or null when that cannot be told. */
    private Path keyFileOf(Path folder) {
        try {
            return keyFile(WorkspaceFile.read(folder.toAbsolutePath().normalize()).id());
        } catch (IOException | RuntimeException e) {
            // the open itself says what is wrong with the folder
            return null;
        }
    }

    private Path keyFile(String workspaceId) {
        return dirs.config().resolve("keys").resolve(workspaceId + ".json");
    }

    /**
     * Connects to a PostgreSQL server, migrating its schema when it is behind. Without a key
     * passphrase the ledger can be read and verified but nothing can be disclosed.
     */
    public Services connect(ConnectionProfile.Server server, char[] password, Progress progress) {
        return connect(server, password, null, progress);
    }

    /**
     * Connects and unlocks (or, the first time, creates) this workstation's signing key. What the
     * database holds is looked at first, and nothing is written unless it is a Custodia workspace
     * with operators: an empty one is refused as {@link DatabaseException.Reason#NOT_INITIALISED}
     * ({@link #initServer} starts it), one holding other tables as not a workspace.
     */
    public Services connect(ConnectionProfile.Server server, char[] password, char[] keyPassphrase, Progress progress) {
        progress.update(0.02, "Looking at what the database holds");
        ServerContents contents = ServerContents.inspect(server, password);
        if (contents.state() != ServerContents.State.INITIALISED) {
            throw refusal(contents);
        }
        return openServer(server, password, keyPassphrase, progress);
    }

    /** Initialises a PostgreSQL database: schema and first administrator. */
    public Services initServer(ConnectionProfile.Server server, char[] password, FirstAdministrator admin, Progress progress) {
        return initServer(server, password, null, admin, progress);
    }

    /**
     * Initialises a PostgreSQL database: runs the migrations, makes and registers this
     * workstation's signing key under {@code keyPassphrase} (when given) and creates the first
     * administrator. Every rule is checked, and the database looked at, before anything is
     * written: a database that holds other tables, or a workspace with operators already, is
     * refused untouched. One whose initialisation stopped before its administrator is finished.
     */
    public Services initServer(ConnectionProfile.Server server, char[] password, char[] keyPassphrase,
                               FirstAdministrator admin, Progress progress) {
        checkAdministrator(admin);
        if (keyPassphrase != null) {
            CredentialRules.checkPassphrase(keyPassphrase)
                    .ifPresent(problem -> invalid("Signing key passphrase: " + lowerFirst(problem)));
        }
        progress.update(0.02, "Looking at what the database holds");
        ServerContents contents = ServerContents.inspect(server, password);
        if (!contents.initialisable()) {
            throw refusal(contents);
        }
        Services services = openServer(server, password, keyPassphrase, progress);
        return withFirstAdministrator(services, admin);
    }

    private Services openServer(ConnectionProfile.Server server, char[] password, char[] keyPassphrase,
                                Progress progress) {
        Workspaces.Opened opened = Workspaces.openServer(server, password, clock.instant(), progress);
        Path folder = dirs.data().resolve("servers").resolve(opened.info().id());
        return withKeys(opened, keyPassphrase, folder.resolve("signing-key.json"), folder.resolve("anchors"), null);
    }

    /** Why connecting to (or initialising) a database with these contents is refused. */
    private static DatabaseException refusal(ServerContents contents) {
        String schema = contents.schema() == null ? "no schema on the search path" : "schema " + contents.schema();
        return switch (contents.state()) {
            case EMPTY -> new DatabaseException(Reason.NOT_INITIALISED, "This database holds no Custodia workspace yet ("
                    + schema + "). Initialise it first: connect to it from the console's first-run screen, "
                    + "or run init on the command line.");
            case NO_ADMINISTRATOR -> new DatabaseException(Reason.NOT_INITIALISED, "This database holds Custodia's "
                    + "tables but no administrator (" + schema + "): its initialisation stopped early. Initialise it "
                    + "again: connect to it from the console's first-run screen, or run init on the command line.");
            case INITIALISED -> new DatabaseException(Reason.WORKSPACE_EXISTS, "This database already holds a "
                    + "Custodia workspace with its administrators (" + schema + "); connect to it instead.");
            case FOREIGN -> new DatabaseException(Reason.NOT_A_WORKSPACE, "This database holds tables that are not "
                    + "Custodia's (" + schema + ": " + named(contents.otherTables()) + "). Custodia leaves it "
                    + "untouched: choose an empty database, or a schema of its own.");
        };
    }

    /** A few names, so the refusal says what is there without listing a whole schema. */
    private static String named(List<String> tables) {
        int shown = Math.min(3, tables.size());
        return String.join(", ", tables.subList(0, shown)) + (tables.size() > shown ? ", \u2026" : "");
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * Creates a demo workspace with the published credentials of {@link DemoCredentials} and
     * {@code persons} generated persons.
     */
    public Services createDemoWorkspace(Path folder, int persons, long seed, Progress progress) {
        Services services = embedded(Workspaces.createEmbedded(folder, DemoCredentials.PASSPHRASE.toCharArray(), true,
                clock.instant(), progress.within(0.0, 0.4)), DemoCredentials.PASSPHRASE.toCharArray(), null);
        try {
            for (DemoCredentials.Account account : DemoCredentials.ACCOUNTS) {
                services.operators().createDemoAccount(true, account.username(), account.displayName(),
                        account.roles(), DemoCredentials.PASSWORD.toCharArray());
            }
            LoginResult admin = services.auth().login("admin", DemoCredentials.PASSWORD.toCharArray());
            services.demoData().generatePersons(admin.principal(), persons, seed, progress.within(0.4, 1.0));
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

    /** An embedded workspace's key lives in the user's config folder, under the workspace passphrase. */
    /** @param ahead the key's unlocking if it was started while the workspace opened, or null */
    private Services embedded(Workspaces.Opened opened, char[] passphrase, KeyAhead ahead) {
        Path folder = ((ConnectionProfile.Embedded) opened.database().profile()).folder();
        Path keyFile = keyFile(opened.info().id());
        Services services = withKeys(opened, passphrase, keyFile, folder.resolve("anchors"),
                ahead != null && ahead.unlocks(keyFile) ? ahead : null);
        try {
            WorkspaceFile file = WorkspaceFile.read(folder);
            String fingerprint = services.ledger().keyFingerprint();
            if (fingerprint != null && !fingerprint.equals(file.publicKeyFingerprint())) {
                file.withPublicKeyFingerprint(fingerprint).write(folder);
            }
        } catch (IOException e) {
            LOG.warn("Could not record the key fingerprint in workspace.json: {}", e.getMessage());
        }
        return services;
    }

    /**
     * Unlocks this installation's signing key, or makes and registers one when there is none
     * yet (a new workspace, or a workstation that has not signed for it before).
     */
    private Services withKeys(Workspaces.Opened opened, char[] passphrase, Path keyFile, Path anchors,
                              KeyAhead ahead) {
        try {
            SigningKey key = null;
            if (passphrase != null) {
                if (ahead != null) {
                    key = ahead.join();
                } else if (KeyFile.exists(keyFile)) {
                    key = KeyFile.read(keyFile, passphrase);
                } else {
                    key = SigningKey.generate();
                    KeyFile.write(keyFile, key, passphrase);
                }
                new LedgerStore(opened.database(), clock).registerKey(key.publicKey(), workstation, clock.instant());
            }
            return new Services(opened, clock, hasher, workstation, new Services.LedgerKeys(key, anchors));
        } catch (KeyFile.WrongPassphraseException e) {
            opened.close();
            throw new WrongKeyPassphraseException(e);
        } catch (IOException | RuntimeException e) {
            opened.close();
            throw new IllegalStateException("The signing key could not be opened: " + e.getMessage(), e);
        }
    }

    private static void invalid(String message) {
        throw new IllegalArgumentException(message);
    }
}
