package com.custodia.persistence;

import com.custodia.domain.Progress;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The five search indexes of the {@code person} table (migration V6) and the one place that takes
 * them away for a bulk load and builds them again. On the embedded engine an index kept up to date
 * row by row during a large import costs far more than building it once afterwards (STACK.md), so
 * a large import drops them, loads, and rebuilds them; {@code docs/decisions/0013} has the figures.
 *
 * <p>Crash-safe: H2 commits DDL at once, so a process killed between the drop and the rebuild
 * leaves a table without these indexes. Every open of a database runs
 * {@link BulkLoadIndexes#restoreMissing}, which builds whatever is missing before anyone searches.
 */
public final class PersonSearchIndexes {

    /** One index: its name and its column list, as V6 creates it. */
    public record Index(String name, String columns) {
    }

    /**
     * The person search indexes as the embedded engine's migrations leave them (V6, widened by
     * V11 and joined by V10's name-and-company index), in the order they are built. The one list
     * every bulk load drops and builds again; a test compares it with the migrated schema.
     */
    public static final List<Index> INDEXES = List.of(
            new Index("ix_person_last_name_key", "last_name_key, first_name_key, id, company_key, kind, country"),
            new Index("ix_person_first_name_key", "first_name_key, last_name_key, id, company_key"),
            new Index("ix_person_company_key", "company_key, last_name_key, first_name_key, id"),
            new Index("ix_person_email_key", "email_key, id"),
            new Index("ix_person_phone_key", "phone_key, id"),
            new Index("ix_person_name_company", "last_name_key, first_name_key, company_key, id"));

    /**
     * Below this many incoming rows keeping the indexes is cheap enough, whatever the table's size:
     * the rebuild's fixed cost (five passes over the table) is not worth it.
     */
    public static final long MIN_ROWS_FOR_REBUILD = 50_000;

    /** H2's page cache during a bulk load, in KB. */
    static final int BULK_CACHE_KB = 1024 * 1024;
    /** H2's own write delay, for the length of a bulk load. */
    static final int BULK_WRITE_DELAY_MS = 500;
    /** H2's own default, which Custodia's workspaces otherwise keep. */
    static final int DEFAULT_CACHE_KB = 16 * 1024;

    private PersonSearchIndexes() {
    }

    /**
     * Whether a load of {@code incomingRows} into a table of {@code existingRows} should drop the
     * indexes and build them afterwards. Only on the embedded engine: a shared server keeps them,
     * as other workstations search while one imports, and PostgreSQL maintains B-trees during a
     * load at a cost that does not collapse.
     */
    public static boolean rebuildPays(boolean embedded, long existingRows, long incomingRows) {
        return embedded && incomingRows >= MIN_ROWS_FOR_REBUILD && incomingRows >= existingRows;
    }

    /** The statements that create the same indexes on another table of the same columns (the bench's raw side). */
    public static List<String> createStatements(String table) {
        List<String> statements = new ArrayList<>();
        for (Index index : INDEXES) {
            statements.add("CREATE INDEX " + index.name().replace("ix_person_", "ix_" + table + "_") + " ON " + table
                    + " (" + index.columns() + ")");
        }
        return statements;
    }

    /**
     * What {@link #suspend} changed, for {@link #resume} to undo.
     *
     * @param table            the table whose indexes were dropped
     * @param cacheKbBefore    H2's CACHE_SIZE before the load, or -1 when it was not changed
     */
    public record Suspension(String table, int cacheKbBefore) {
    }

    /**
     * Drops the search indexes of {@code table} ({@code person}, or the bench's copy with its own
     * index names) for a bulk load and, on H2, raises the page cache for the load and the rebuild:
     * building an index with the default 16 MB cache took twice the CPU time of building it with
     * 256 MB, and with 1 GB a million freshly loaded rows stay in the cache for all six builds,
     * which halved the build time again (docs/decisions/0013). H2 keeps CACHE_SIZE in the
     * database, so {@link #resume} sets it back, and an open after a killed load resets it
     * ({@link BulkLoadIndexes#restoreMissing}).
     */
    public static Suspension suspend(Connection connection, String table) throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (Index index : INDEXES) {
                st.execute("DROP INDEX IF EXISTS " + indexName(index, table));
            }
        }
        return new Suspension(table, beginBulkLoad(connection));
    }

    /**
     * Prepares H2 for a load and the index builds after it: the page cache goes up to
     * {@link #bulkCacheKb}, and commits are written by H2's background writer again (its default
     * delay of {@value #BULK_WRITE_DELAY_MS} ms) instead of each in the thread that commits, as
     * workspaces are otherwise opened ({@code WRITE_DELAY=0}, decision 0011). Returns the cache
     * size before, in KB, for {@link #endBulkLoad}, or -1 on another engine.
     */
    static int beginBulkLoad(Connection connection) throws SQLException {
        if (!isH2(connection)) {
            return -1;
        }
        int before = cacheKb(connection);
        setCacheKb(connection, Math.max(before, bulkCacheKb()));
        setWriteDelay(connection, BULK_WRITE_DELAY_MS);
        return before;
    }

    /**
     * Undoes {@link #beginBulkLoad} and writes what the background writer had not yet written, so
     * the load survives a crash right after it. An open after a killed load needs none of this:
     * the workspace's connection settings set the write delay again, and the open resets the cache.
     */
    static void endBulkLoad(Connection connection, int cacheKbBefore) throws SQLException {
        if (cacheKbBefore <= 0) {
            return;
        }
        setCacheKb(connection, cacheKbBefore);
        setWriteDelay(connection, 0);
        try (Statement st = connection.createStatement()) {
            st.execute("CHECKPOINT");
        }
    }

    /** Builds the indexes {@link #suspend} dropped and ends the bulk load ({@link #endBulkLoad}). */
    public static void resume(Connection connection, Suspension suspension, Progress progress) throws SQLException {
        try {
            restore(connection, suspension.table(), progress);
        } finally {
            endBulkLoad(connection, suspension.cacheKbBefore());
        }
    }

    private static void setWriteDelay(Connection connection, int millis) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("SET WRITE_DELAY " + millis);
        }
    }

    /** The cache for a bulk load: 1 GB, or a quarter of the heap when that is less. */
    static int bulkCacheKb() {
        long quarterOfHeapKb = Runtime.getRuntime().maxMemory() / 4 / 1024;
        return (int) Math.min(BULK_CACHE_KB, quarterOfHeapKb);
    }

    /** Builds those of the indexes that {@code table} lacks; returns how many it built. */
    public static int restore(Connection connection, String table, Progress progress) throws SQLException {
        Set<String> present = indexesOf(connection, table);
        int built = 0;
        int i = 0;
        try (Statement st = connection.createStatement()) {
            for (Index index : INDEXES) {
                String name = indexName(index, table);
                if (!present.contains(name.toLowerCase(Locale.ROOT))) {
                    progress.update((double) i / INDEXES.size(), "Building the search index " + name);
                    st.execute("CREATE INDEX " + name + " ON " + table + " (" + index.columns() + ")");
                    built++;
                }
                i++;
            }
        }
        return built;
    }

    /** Which of the indexes {@code table} lacks. */
    public static List<String> missing(Connection connection, String table) throws SQLException {
        Set<String> present = indexesOf(connection, table);
        List<String> missing = new ArrayList<>();
        for (Index index : INDEXES) {
            String name = indexName(index, table);
            if (!present.contains(name.toLowerCase(Locale.ROOT))) {
                missing.add(name);
            }
        }
        return missing;
    }

    /**
     * Sets H2's page cache back to its default after an open had to build indexes that a killed
     * load left out: that load had raised the cache, and H2 keeps the setting in the database.
     */
    static void resetCacheAfterKilledLoad(Connection connection) throws SQLException {
        if (isH2(connection)) {
            setCacheKb(connection, DEFAULT_CACHE_KB);
        }
    }

    private static boolean isH2(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().startsWith("H2");
    }

    private static int cacheKb(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                     + " WHERE SETTING_NAME = 'info.CACHE_MAX_SIZE'")) {
            // reported in MB
            return rs.next() ? Integer.parseInt(rs.getString(1).strip()) * 1024 : DEFAULT_CACHE_KB;
        }
    }

    static void setCacheKb(Connection connection, int kb) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("SET CACHE_SIZE " + kb);
        }
    }

    private static String indexName(Index index, String table) {
        return index.name().replace("ix_person_", "ix_" + table + "_");
    }

    private static Set<String> indexesOf(Connection connection, String table) throws SQLException {
        // the catalogue, not DatabaseMetaData.getIndexInfo: on H2 that counts the table's rows
        return BulkLoadIndexes.present(connection);
    }
}
