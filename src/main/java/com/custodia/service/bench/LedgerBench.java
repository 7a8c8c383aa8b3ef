package com.custodia.service.bench;

import com.custodia.domain.Progress;
import com.custodia.domain.Role;
import com.custodia.ledger.KeyFile;
import com.custodia.ledger.SigningKey;
import com.custodia.service.Services;
import com.custodia.service.auth.PasswordHasher;
import com.custodia.service.auth.Principal;
import com.custodia.service.settings.AppDirs;
import com.custodia.service.workspace.WorkspaceService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ledger rows of {@code bench} (DESIGN.md section 9). Everything happens in a throw-away
 * encrypted workspace in a temporary folder, with its own passphrase, first administrator, a
 * privacy officer and its own signing key, so a bench never touches real data or the user's keys;
 * the folder is deleted afterwards.
 */
public final class LedgerBench {

    private static final Logger LOG = LoggerFactory.getLogger(LedgerBench.class);

    /**
     * What to measure.
     *
     * @param appends appends through the ledger service (and as many raw inserts)
     * @param entries the size of the ledger that is verified
     * @param rounds  how often each verification runs after the first; the best run counts, as the machine is noisy
     * @param parent  the folder to make the temporary workspace in, or null for the system's
     */
    public record Settings(int appends, long entries, int rounds, Path parent) {
        public Settings {
            if (appends < 1 || entries < appends + AppendBench.firstAppends(appends) + 100L || rounds < 1) {
                throw new IllegalArgumentException("The bench needs at least 1 append, at least 100 more entries "
                        + "to verify than it appends (the measured appends and the first ones before them), and at "
                        + "least 1 round.");
            }
        }
    }

    private final Clock clock;
    private final PasswordHasher hasher;
    private final String workstation;

    public LedgerBench(Clock clock, PasswordHasher hasher, String workstation) {
        this.clock = clock;
        this.hasher = hasher;
        this.workstation = workstation;
    }

    /** Runs every ledger measurement and returns the figures in table order. */
    public List<BenchFigure> run(Settings settings, Progress progress) {
        Path folder;
        try {
            folder = settings.parent() == null ? Files.createTempDirectory("custodia-bench-")
                    : Files.createTempDirectory(Files.createDirectories(settings.parent()), "custodia-bench-");
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot make a temporary folder for the bench: " + e.getMessage(), e);
        }
        try {
            return measure(folder, settings, progress);
        } finally {
            deleteRecursively(folder);
        }
    }

    private List<BenchFigure> measure(Path folder, Settings settings, Progress progress) {
        // keys and anchors of the bench stay inside its folder, not in the user's config
        AppDirs dirs = new AppDirs(folder.resolve("config"), folder.resolve("data"));
        WorkspaceService workspaces = new WorkspaceService(clock, hasher, workstation, dirs);
        char[] passphrase = randomSecret();
        char[] adminPassword = randomSecret();
        progress.update(-1, "Creating a temporary encrypted workspace");
        try (Services services = workspaces.createWorkspace(folder.resolve("workspace"), passphrase,
                new WorkspaceService.FirstAdministrator("bench-admin", "Bench administrator", adminPassword),
                Progress.NONE)) {
            Principal admin = services.auth().login("bench-admin", adminPassword).principal();
            char[] officerPassword = randomSecret();
            services.operators().create(admin, "bench-officer", "Bench privacy officer", Set.of(Role.PRIVACY_OFFICER),
                    officerPassword);
            Principal officer = services.auth().login("bench-officer", officerPassword).principal();

            List<BenchFigure> figures = new ArrayList<>();
            figures.addAll(new AppendBench(services, officer, clock).measure(settings.appends(), progress));
            figures.addAll(new VerifyBench(services, officer, clock).measure(settings.entries(), settings.rounds(),
                    signing(services, dirs, folder.resolve("workspace"), passphrase), progress));
            return figures;
        } finally {
            java.util.Arrays.fill(passphrase, '\0');
            java.util.Arrays.fill(adminPassword, '\0');
        }
    }

    /** The workspace's own signing key, read from its key file, for the checkpoints of the filled ledger. */
    private static LedgerFiller.Signing signing(Services services, AppDirs dirs, Path workspace, char[] passphrase) {
        String id = services.info().id();
        try {
            SigningKey key = KeyFile.read(dirs.config().resolve("keys").resolve(id + ".json"), passphrase);
            if (!key.fingerprint().equals(services.ledger().keyFingerprint())) {
                throw new IllegalStateException("The bench's key file is not the key its workspace signs with.");
            }
            return new LedgerFiller.Signing(key, id, workspace.resolve("anchors"));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the bench workspace's signing key: " + e.getMessage(), e);
        }
    }

    /** A secret nobody needs to know: the workspace lives only as long as the bench. */
    private static char[] randomSecret() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return ("Bench-" + HexFormat.of().formatHex(bytes)).toCharArray();
    }

    private static void deleteRecursively(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            LOG.warn("Could not delete the bench's temporary folder {}: {}", folder, e.getMessage());
        }
    }
}
