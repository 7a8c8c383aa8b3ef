package com.custodia.persistence;

import com.custodia.domain.Progress;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The five search indexes of the {@code person} table (migration V6) and the one place that takes
 * them away for a bulk load and builds them again. On the embedded engine an index kept up to date
 * row by row during a large import costs far more than building it once afterwards (STACK.md), so
 * a large import drops them, loads, and rebuilds them; {@code docs/decisions/0013} has the figures.
 *
 * <p>Crash-safe: H2 commits DDL at once, so a process killed between the drop and the rebuild
 * leaves a table without these indexes. Every open of a database runs {@link #restoreIfMissing}, which
 * builds whatever is missing before anyone searches.
 */
public final class PersonSearchIndexes {

    private static final Logger LOG = LoggerFactory.getLogger(PersonSearchIndexes.class);

    /** One index: its name and its column list, as V6 creates it. */
    public record Index(String name, String columns) {
    }

    /** The indexes of V6__customer_data.sql, in the order they are built. */
    public static final List<Index> INDEXES = List.of(
            new Index("ix_person_last_name_key", "last_name_key, id"),
            new Index("ix_person_first_name_key", "first_name_key, id"),
            new Index("ix_person_company_key", "company_key, id"),
            new Index("ix_person_email_key", "email_key, id"),
            new Index("ix_person_phone_key", "phone_key, id"));

    /**
     * Below this many incoming rows keeping the indexes is cheap enough, whatever the table's size:
     * the rebuild's fixed cost (five passes over the table) is not worth it.
     */
    static final long MIN_ROWS_FOR_REBUILD = 50_000;

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

    /** Drops the indexes of {@code table} ({@code person}, or the bench's copy with its own index names). */
    public static void drop(Connection connection, String table) throws SQLException {
        try (Statement st = connection.createStatement()) {
            for (Index index : INDEXES) {
                st.execute("DROP INDEX IF EXISTS " + indexName(index, table));
            }
        }
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
     * Builds the person indexes a killed import left missing. Runs at every open; when nothing is
     * missing it costs one metadata query.
     */
    static void restoreIfMissing(DataSource dataSource, Progress progress) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            List<String> missing = missing(connection, "person");
            if (missing.isEmpty()) {
                return;
            }
            LOG.warn("The search indexes {} of the person table are missing (an import was interrupted); building them",
                    missing);
            progress.update(-1, "Building the search indexes an interrupted import left out");
            boolean auto = connection.getAutoCommit();
            connection.setAutoCommit(true);
            try {
                restore(connection, "person", Progress.NONE);
            } finally {
                connection.setAutoCommit(auto);
            }
        }
    }

    private static String indexName(Index index, String table) {
        return index.name().replace("ix_person_", "ix_" + table + "_");
    }

    private static Set<String> indexesOf(Connection connection, String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String name = meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
        Set<String> names = new TreeSet<>();
        try (ResultSet rs = meta.getIndexInfo(connection.getCatalog(), connection.getSchema(), name, false, true)) {
            while (rs.next()) {
                String index = rs.getString("INDEX_NAME");
                if (index != null) {
                    names.add(index.toLowerCase(Locale.ROOT));
                }
            }
        }
        return names;
    }
}
