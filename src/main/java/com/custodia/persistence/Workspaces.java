package com.custodia.persistence;

import com.custodia.domain.ConnectionProfile;
import com.custodia.domain.DatabaseException;
import com.custodia.domain.DatabaseException.Reason;
import com.custodia.domain.Progress;
import com.custodia.domain.WorkspaceInfo;
import com.custodia.persistence.filecrypt.EncryptedFilePath;
import com.custodia.persistence.filecrypt.StoreHeader;
import com.zaxxer.hikari.HikariConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Creates and opens the places data lives in: encrypted H2 workspaces and PostgreSQL servers.
 *
 * <p>The embedded database is an H2 file encrypted the way {@code CIPHER=AES} does it, through
 * {@link EncryptedFilePath}, which does the same with the JDK's AES (decision 0011). Its file
 * password and user password are both cut from one PBKDF2 output over the operator's passphrase
 * and the salt in {@code workspace.json}; a wrong passphrase makes the store's header unreadable,
 * which {@link #openEmbedded} tells apart from a damaged file.
 *
 * <p>{@code WRITE_DELAY=0}: every commit that changed something writes the store to the file
 * before it returns, instead of H2's background writer doing so up to half a second later. It is
 * the same write a {@code CHECKPOINT} makes, so the ledger's explicit flush after an append finds
 * nothing left to write; the append pays for one write instead of two round trips (decision 0011).
 */
public final class Workspaces {

    private static final String H2_USER = "custodia";

    private Workspaces() {
    }

    /** An open database with the identity of what it holds. */
    public record Opened(Database database, WorkspaceInfo info) implements AutoCloseable {
        @Override
        public void close() {
            database.close();
        }
    }

    // ---------------------------------------------------------------- Embedded

    /** Whether the folder can take a new workspace: absent, or an empty directory. */
    public static boolean isFreeForNewWorkspace(Path folder) {
        if (!Files.exists(folder)) {
            return true;
        }
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    public static Opened createEmbedded(Path folder, char[] passphrase, boolean demo, Instant now, Progress progress) {
        folder = folder.toAbsolutePath().normalize();
        if (!isFreeForNewWorkspace(folder)) {
            throw new DatabaseException(Reason.WORKSPACE_EXISTS,
                    "The folder is not empty; choose a new or empty folder for a new workspace.");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new DatabaseException(Reason.FAILED, "Cannot create the folder: " + e.getMessage(), e);
        }
        progress.update(0.05, "Deriving the key from the passphrase");
        byte[] salt = PassphraseKdf.newSalt();
        var kdf = new WorkspaceFile.Kdf(PassphraseKdf.ALGORITHM, PassphraseKdf.ITERATIONS,
                Base64.getEncoder().encodeToString(salt));
        WorkspaceFile file = new WorkspaceFile(1, UUID.randomUUID().toString(), now, demo, kdf, null);
        var profile = new ConnectionProfile.Embedded(folder);
        H2Config config = h2Config(folder, passphrase, kdf, false);
        Database db;
        try {
            db = config.open(profile, progress);
        } catch (RuntimeException e) {
            deleteQuietly(folder.resolve(WorkspaceFile.DATABASE_NAME + ".mv.db"));
            throw e;
        }
        try {
            WorkspaceInfo info = ensureInfo(db, file.id(), now, demo);
            file.write(folder);
            return new Opened(db, info);
        } catch (IOException | RuntimeException e) {
            db.close();
            deleteQuietly(folder.resolve(WorkspaceFile.DATABASE_NAME + ".mv.db"));
            throw new DatabaseException(Reason.FAILED, "Cannot write workspace.json: " + e.getMessage(), e);
        }
    }

    public static Opened openEmbedded(Path folder, char[] passphrase, Progress progress) {
        folder = folder.toAbsolutePath().normalize();
        if (!WorkspaceFile.existsIn(folder) || !Files.exists(folder.resolve(WorkspaceFile.DATABASE_NAME + ".mv.db"))) {
            throw new DatabaseException(Reason.NOT_A_WORKSPACE, "There is no Custodia workspace in " + folder + ".");
        }
        WorkspaceFile file;
        try {
            file = WorkspaceFile.read(folder);
        } catch (IOException e) {
            throw new DatabaseException(Reason.NOT_A_WORKSPACE, "workspace.json cannot be read: " + e.getMessage(), e);
        }
        progress.update(0.05, "Deriving the key from the passphrase");
        H2Config config = h2Config(folder, passphrase, file.kdf(), true);
        Database db = config.open(new ConnectionProfile.Embedded(folder), progress);
        try {
            return new Opened(db, ensureInfo(db, file.id(), file.created(), file.demo()));
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** The pool's settings, and the file key registered under the database's path until it closes. */
    private record H2Config(HikariConfig hikari, String registeredPath, Path storeFile, byte[] fileKey, boolean existing) {

        Database open(ConnectionProfile profile, Progress progress) {
            try {
                Database db = Database.open(profile, hikari, null, existing, progress);
                db.afterClose(() -> EncryptedFilePath.forget(registeredPath));
                return db;
            } catch (RuntimeException e) {
                EncryptedFilePath.forget(registeredPath);
                if (existing && Files.exists(storeFile) && !StoreHeader.opensWith(storeFile, fileKey)) {
                    throw new DatabaseException(Reason.WRONG_PASSPHRASE, "Wrong passphrase.", e);
                }
                throw e;
            } finally {
                java.util.Arrays.fill(fileKey, (byte) 0);
            }
        }
    }

    private static H2Config h2Config(Path folder, char[] passphrase, WorkspaceFile.Kdf kdf, boolean mustExist) {
        if (!PassphraseKdf.ALGORITHM.equals(kdf.algorithm())) {
            throw new DatabaseException(Reason.NOT_A_WORKSPACE, "Unknown key derivation " + kdf.algorithm() + ".");
        }
        byte[] key = PassphraseKdf.derive(passphrase, Base64.getDecoder().decode(kdf.salt()), kdf.iterations(), 64);
        String filePassword = PassphraseKdf.hex(key, 0, 32);
        String userPassword = PassphraseKdf.hex(key, 32, 64);
        PassphraseKdf.wipe(key);

        // the bytes H2 made of the file password when workspaces were opened with CIPHER=AES
        byte[] fileKey = EncryptedFilePath.passwordBytes(filePassword.toCharArray());
        String path = EncryptedFilePath.register(fileKey, folder.resolve(WorkspaceFile.DATABASE_NAME).toString());
        HikariConfig config = new HikariConfig();
        config.setPoolName("custodia-h2");
        config.setJdbcUrl("jdbc:h2:" + path
                + (mustExist ? ";IFEXISTS=TRUE" : "") + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;TRACE_LEVEL_FILE=0");
        config.setUsername(H2_USER);
        config.setPassword(userPassword);
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        config.setInitializationFailTimeout(1);
        config.setAutoCommit(true);
        return new H2Config(config, path, folder.resolve(WorkspaceFile.DATABASE_NAME + ".mv.db"), fileKey, mustExist);
    }

    // ---------------------------------------------------------------- Server

    /** Opens (and on first use, migrates) a PostgreSQL database. */
    public static Opened openServer(ConnectionProfile.Server server, char[] password, Instant now, Progress progress) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("custodia-pg");
        config.setJdbcUrl(server.jdbcUrl());
        config.setUsername(server.user());
        if (password != null && password.length > 0) {
            config.setPassword(new String(password));
        }
        config.setMaximumPoolSize(8);
        config.setMinimumIdle(1);
        config.setInitializationFailTimeout(1);
        config.setConnectionTimeout(10_000);
        Database db = Database.open(server, config, server.schema(), progress);
        try {
            return new Opened(db, ensureInfo(db, UUID.randomUUID().toString(), now, false));
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    // ---------------------------------------------------------------- Identity

    private static WorkspaceInfo ensureInfo(Database db, String id, Instant created, boolean demo) {
        return db.fromConnection(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, created_at, demo FROM workspace_info")) {
                try (ResultSet rs = select.executeQuery()) {
                    if (rs.next()) {
                        return new WorkspaceInfo(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getBoolean(3));
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO workspace_info (id, created_at, demo) VALUES (?, ?, ?)")) {
                insert.setString(1, id);
                insert.setTimestamp(2, Timestamp.from(created));
                insert.setBoolean(3, demo);
                insert.executeUpdate();
            }
            return new WorkspaceInfo(id, created, demo);
        });
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // best effort: the folder is reported as not empty on the next try, which is safe
        }
    }
}
