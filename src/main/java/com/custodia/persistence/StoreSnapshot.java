package com.custodia.persistence;

import com.custodia.domain.ConnectionProfile;
import com.custodia.domain.DatabaseException;
import com.custodia.domain.DatabaseException.Reason;
import com.custodia.domain.Progress;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.db.Store;

/**
 * A consistent copy of an open workspace's database file, as the bytes on disk: still encrypted.
 *
 * <p>H2's {@code BACKUP TO} cannot be used: it reads the store through the file system the database
 * was opened with, and for a workspace that is Custodia's {@code cxts:} layer, which decrypts. So the
 * copy is made the way H2's own backup makes it, but from the real file: the store stops reusing
 * freed space (new chunks only go at the end, nothing before it is overwritten), committed work is
 * written, and the file is copied up to the length it had at that moment. Writers carry on meanwhile;
 * what they add lies beyond that length. Reusing space is switched back on afterwards.
 */
public final class StoreSnapshot {

    private static final int STEP = 1 << 20;
    /** Two copies at once would switch space reuse back on under each other's feet. */
    private static final Object ONE_AT_A_TIME = new Object();

    private StoreSnapshot() {
    }

    /** The database file of an embedded workspace. */
    public static Path fileOf(Database database) {
        if (!(database.profile() instanceof ConnectionProfile.Embedded embedded)) {
            throw new IllegalArgumentException("Only an embedded workspace has a database file to copy.");
        }
        return embedded.folder().resolve(WorkspaceFile.DATABASE_NAME + ".mv.db");
    }

    /**
     * Writes the database file's encrypted bytes to {@code out}, checking {@code progress} for a
     * cancel between steps, and returns how many bytes were written.
     */
    public static long copy(Database database, OutputStream out, Progress progress) throws IOException {
        Path file = fileOf(database);
        synchronized (ONE_AT_A_TIME) {
            try (Connection connection = database.dataSource().getConnection()) {
                Store store = ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession()).getDatabase()
                        .getStore();
                MVStore mvStore = store.getMvStore();
                boolean reused = mvStore.isSpaceReused();
                mvStore.setReuseSpace(false);
                try {
                    store.flush();
                    return copyPrefix(file, out, progress);
                } finally {
                    mvStore.setReuseSpace(reused);
                }
            } catch (SQLException e) {
                throw new DatabaseException(Reason.FAILED, "Cannot reach the open database: " + e.getMessage(), e);
            }
        }
    }

    /** Copies the file up to its present length; a file that shrinks meanwhile fails the copy. */
    private static long copyPrefix(Path file, OutputStream out, Progress progress) throws IOException {
        try (FileChannel raw = FileChannel.open(file, StandardOpenOption.READ)) {
            long length = raw.size();
            ByteBuffer buffer = ByteBuffer.allocate(STEP);
            long position = 0;
            while (position < length) {
                progress.checkCancelled();
                buffer.clear().limit((int) Math.min(STEP, length - position));
                int n = raw.read(buffer, position);
                if (n < 0) {
                    throw new IOException("The database file became shorter while it was copied.");
                }
                out.write(buffer.array(), 0, n);
                position += n;
                progress.update((double) position / length, "Copying the encrypted database file");
            }
            return length;
        }
    }
}
