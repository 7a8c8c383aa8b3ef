package com.custodia.service.people.importing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The {@code person_import} table (migration V8): one row per run of an import, advanced in the
 * same transaction as each batch of persons, so it always names exactly the bytes of the file
 * whose rows are in the database.
 */
final class ImportProgressStore {

    /** A run as stored: where it stands and what it has done so far. */
    record Run(long id, long committedBytes, String committedSha256, long nextLine, long batches, ImportCounts counts) {
    }

    /** The unfinished run of this file (by name and size) that a new run may resume, if any. */
    Optional<Run> findResumable(Connection c, String fileName, long fileSize) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT id, committed_bytes, committed_sha256, next_line, batches,"
                + " rows_read, inserted, updated, unchanged, rejected FROM person_import"
                + " WHERE file_name = ? AND file_size = ? AND status IN ('RUNNING', 'INTERRUPTED') ORDER BY id DESC")) {
            st.setString(1, fileName);
            st.setLong(2, fileSize);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Run(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
                        new ImportCounts(rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9), rs.getLong(10))));
            }
        }
    }

    /** Starts a new run; unfinished runs of the same file are abandoned, as this one replaces them. */
    Run start(Connection c, String fileName, long fileSize, String operator, Instant now) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE person_import SET status = 'ABANDONED', updated_at = ?"
                + " WHERE file_name = ? AND file_size = ? AND status IN ('RUNNING', 'INTERRUPTED')")) {
            st.setObject(1, utc(now));
            st.setString(2, fileName);
            st.setLong(3, fileSize);
            st.executeUpdate();
        }
        long id;
        try (PreparedStatement st = c.prepareStatement(Sequences.nextValueSql(c, "person_import_seq"));
             ResultSet rs = st.executeQuery()) {
            rs.next();
            id = rs.getLong(1);
        }
        try (PreparedStatement st = c.prepareStatement("INSERT INTO person_import (id, file_name, file_size, operator_name,"
                + " started_at, updated_at, status, committed_bytes, committed_sha256, next_line, batches, rows_read,"
                + " inserted, updated, unchanged, rejected) VALUES (?, ?, ?, ?, ?, ?, 'RUNNING', 0, ?, 1, 0, 0, 0, 0, 0, 0)")) {
            st.setLong(1, id);
            st.setString(2, fileName);
            st.setLong(3, fileSize);
            st.setString(4, operator);
            st.setObject(5, utc(now));
            st.setObject(6, utc(now));
            st.setString(7, "");
            st.executeUpdate();
        }
        return new Run(id, 0, "", 1, 0, ImportCounts.ZERO);
    }

    /** Marks a run as running again (a resumed run). */
    void resume(Connection c, long id, Instant now) throws SQLException {
        setStatus(c, id, "RUNNING", now);
    }

    /**
     * Records that the rows up to {@code committedBytes} are in, in the caller's transaction. Fails
     * when the run moved on meanwhile (another workstation importing the same file on a server),
     * which rolls the batch back instead of writing it twice.
     */
    void advance(Connection c, Run before, Run after, Instant now) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE person_import SET committed_bytes = ?, committed_sha256 = ?,"
                + " next_line = ?, batches = ?, rows_read = ?, inserted = ?, updated = ?, unchanged = ?, rejected = ?,"
                + " updated_at = ? WHERE id = ? AND committed_bytes = ?")) {
            st.setLong(1, after.committedBytes());
            st.setString(2, after.committedSha256());
            st.setLong(3, after.nextLine());
            st.setLong(4, after.batches());
            ImportCounts counts = after.counts();
            st.setLong(5, counts.rowsRead());
            st.setLong(6, counts.inserted());
            st.setLong(7, counts.updated());
            st.setLong(8, counts.unchanged());
            st.setLong(9, counts.rejected());
            st.setObject(10, utc(now));
            st.setLong(11, before.id());
            st.setLong(12, before.committedBytes());
            if (st.executeUpdate() != 1) {
                throw new IllegalStateException("Another import of the same file moved on while this one ran; "
                        + "this batch was not written. Run the import again once the other has finished.");
            }
        }
    }

    void finish(Connection c, long id, boolean complete, Instant now) throws SQLException {
        setStatus(c, id, complete ? "FINISHED" : "INTERRUPTED", now);
    }

    private static void setStatus(Connection c, long id, String status, Instant now) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE person_import SET status = ?, updated_at = ? WHERE id = ?")) {
            st.setString(1, status);
            st.setObject(2, utc(now));
            st.setLong(3, id);
            st.executeUpdate();
        }
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
