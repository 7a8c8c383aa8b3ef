package com.custodia.service.bench;

import com.custodia.domain.Progress;
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
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A throw-away encrypted workspace in a temporary folder, with its own passphrase, keys and first
 * administrator, so a bench never touches real data or the user's keys; closing it deletes the folder.
 */
final class BenchWorkspace implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BenchWorkspace.class);

    final Path folder;
    final Services services;
    final Principal admin;

    BenchWorkspace(Path parent, Clock clock, PasswordHasher hasher, String workstation) {
        try {
            folder = parent == null ? Files.createTempDirectory("custodia-bench-")
                    : Files.createTempDirectory(Files.createDirectories(parent), "custodia-bench-");
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot make a temporary folder for the bench: " + e.getMessage(), e);
        }
        char[] passphrase = randomSecret();
        char[] password = randomSecret();
        try {
            AppDirs dirs = new AppDirs(folder.resolve("config"), folder.resolve("data"));
            services = new WorkspaceService(clock, hasher, workstation, dirs).createWorkspace(folder.resolve("workspace"),
                    passphrase, new WorkspaceService.FirstAdministrator("bench-admin", "Bench administrator", password),
                    Progress.NONE);
            admin = services.auth().login("bench-admin", password).principal();
        } catch (RuntimeException e) {
            deleteRecursively(folder);
            throw e;
        } finally {
            Arrays.fill(passphrase, '\0');
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
