package com.custodia.service.bench;

import com.custodia.domain.Progress;
import com.custodia.domain.Role;
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
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A throw-away encrypted workspace for a bench, in a temporary folder with its own passphrase,
 * first administrator, keys and anchors, deleted when closed: a bench never touches real data or
 * the user's keys. (The same arrangement as {@link LedgerBench}, for the person rows.)
 */
final class BenchWorkspace implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BenchWorkspace.class);

    private final Path folder;
    private final Services services;
    private final Principal admin;

    private BenchWorkspace(Path folder, Services services, Principal admin) {
        this.folder = folder;
        this.services = services;
        this.admin = admin;
    }

    /** Makes the folder under {@code parent} (or the system's temporary folder) and the workspace in it. */
    static BenchWorkspace create(Path parent, Clock clock, PasswordHasher hasher, String workstation,
                                 Progress progress) {
        Path folder;
        try {
            folder = parent == null ? Files.createTempDirectory("custodia-bench-")
                    : Files.createTempDirectory(Files.createDirectories(parent), "custodia-bench-");
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot make a temporary folder for the bench: " + e.getMessage(), e);
        }
        char[] passphrase = randomSecret();
        char[] password = randomSecret();
        try {
            progress.update(-1, "Creating a temporary encrypted workspace");
            AppDirs dirs = new AppDirs(folder.resolve("config"), folder.resolve("data"));
            Services services = new WorkspaceService(clock, hasher, workstation, dirs).createWorkspace(
                    folder.resolve("workspace"), passphrase,
                    new WorkspaceService.FirstAdministrator("bench-admin", "Bench administrator", password),
                    Progress.NONE);
            try {
                Principal admin = services.auth().login("bench-admin", password).principal();
                return new BenchWorkspace(folder, services, admin);
            } catch (RuntimeException e) {
                services.close();
                throw e;
            }
        } catch (RuntimeException e) {
            deleteRecursively(folder);
            throw e;
        } finally {
            Arrays.fill(passphrase, '\0');
            Arrays.fill(password, '\0');
        }
    }

    Services services() {
        return services;
    }

    /** The first administrator, signed in. */
    Principal admin() {
        return admin;
    }

    /** The temporary folder, for files the bench makes beside the workspace. */
    Path folder() {
        return folder;
    }

    /** A second operator with one role, signed in, for measuring what that role does. */
    Principal operator(String username, Role role) {
        char[] password = randomSecret();
        try {
            services.operators().create(admin, username, username, Set.of(role), password);
            return services.auth().login(username, password).principal();
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    @Override
    public void close() {
        try {
            services.close();
        } finally {
            deleteRecursively(folder);
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
