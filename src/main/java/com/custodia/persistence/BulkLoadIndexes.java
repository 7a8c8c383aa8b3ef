package com.custodia.persistence;

import com.custodia.domain.DatabaseException;
import com.custodia.domain.DatabaseException.Reason;
import com.custodia.domain.Progress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that knows the indexes a bulk load into a large table should not maintain row by
 * row: the search keys of persons and the license keys, whose values arrive in random order. On
 * H2 each such index cuts inserts to about a tenth (STACK.md), while building it afterwards takes
 * seconds. {@link #withoutSearchIndexes} drops them, runs the load and builds them again even when
 * the load fails or is cancelled; if the process dies in between, the next opening of the
 * workspace builds whatever is missing ({@link #restoreMissing}). The definitions are those of
 * migration V6; a migration that changes one of these indexes must change it here too (a test
 * compares them with the migrated schema).
 */
public final class BulkLoadIndexes {

    private static final Logger LOG = LoggerFactory.getLogger(BulkLoadIndexes.class);

    /** An index (or a unique constraint) as the migrations create it. */
    record Definition(String name, String table, String columns, boolean uniqueConstraint) {
        String create() {
            return uniqueConstraint
                    ? "ALTER TABLE " + table + " ADD CONSTRAINT " + name + " UNIQUE (" + columns + ")"
                    : "CREATE INDEX " + name + " ON " + table + " (" + columns + ")";
        }

        String drop() {
            return uniqueConstraint
                    ? "ALTER TABLE " + table + " DROP CONSTRAINT IF EXISTS " + name
                    : "DROP INDEX IF EXISTS " + name;
        }
    }

    /** The person search indexes of {@link PersonSearchIndexes#INDEXES}, and the license key indexes. */
    static final List<Definition> DEFINITIONS = java.util.stream.Stream.concat(
            PersonSearchIndexes.INDEXES.stream().map(i -> new Definition(i.name(), "person", i.columns(), false)),
            java.util.stream.Stream.of(
                    new Definition("ix_license_key_norm", "license", "license_key_norm, person_id", false),
                    new Definition("uk_license_key", "license", "license_key", true))).toList();

    private BulkLoadIndexes() {
    }

    /**
     * Runs a bulk load with the search indexes dropped (embedded workspaces only) and builds them again afterwards, whatever
     * happens. Only for a database no one else writes to meanwhile (an embedded workspace is
     * opened by one process); searches during the load are slow, not wrong.
     */
    public static <T> T withoutSearchIndexes(Database database, Supplier<T> work) {
        if (!database.isEmbedded()) {
            // a shared server keeps its indexes: others search meanwhile, PostgreSQL's B-trees do not
            // collapse under a load the way H2's do, and its key indexes carry the C collation (V11)
            return work.get();
        }
        int cacheKbBefore = database.fromConnection(c -> {
            try (Statement st = c.createStatement()) {
                for (Definition d : DEFINITIONS) {
                    st.execute(d.drop());
                }
            }
            return PersonSearchIndexes.beginBulkLoad(c);
        });
        LOG.info("Search indexes dropped for a bulk load");
        try {
            return work.get();
        } finally {
            long start = System.nanoTime();
            try {
                build(database.dataSource(), Progress.NONE, false);
            } finally {
                database.fromConnection(c -> {
                    PersonSearchIndexes.endBulkLoad(c, cacheKbBefore);
                    return null;
                });
            }
            LOG.info("Search indexes rebuilt in {} ms", (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** Builds every index of {@link #DEFINITIONS} that the schema lacks; returns how many were built. */
    static int restoreMissing(DataSource dataSource) {
        return restoreMissing(dataSource, Progress.NONE);
    }

    /**
     * The one repair at every open: builds the indexes a bulk load or an import killed between its
     * drop and its rebuild left out, then sets H2's page cache back to its default (that load had
     * raised it, and H2 keeps the setting). When nothing is missing it costs two catalogue queries.
     */
    static int restoreMissing(DataSource dataSource, Progress progress) {
        return build(dataSource, progress, true);
    }

    /**
     * Builds the missing indexes: after an interrupted load ({@code repair}, which also resets the
     * cache that load had raised) or at the planned end of {@link #withoutSearchIndexes}.
     */
    private static int build(DataSource dataSource, Progress progress, boolean repair) {
        try (Connection c = dataSource.getConnection()) {
            Set<String> present = present(c);
            List<Definition> missing = DEFINITIONS.stream().filter(d -> !present.contains(d.name())).toList();
            if (missing.isEmpty()) {
                return 0;
            }
            if (repair) {
                LOG.warn("The search indexes {} are missing (a bulk load or an import was interrupted); building them",
                        missing.stream().map(Definition::name).toList());
                progress.update(-1, "Building the search indexes an interrupted import left out");
            }
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(true);
            try (Statement st = c.createStatement()) {
                for (Definition d : missing) {
                    st.execute(d.create());
                }
                if (repair) {
                    PersonSearchIndexes.resetCacheAfterKilledLoad(c);
                }
            } finally {
                c.setAutoCommit(auto);
            }
            return missing.size();
        } catch (SQLException e) {
            throw new DatabaseException(Reason.FAILED, "The search indexes could not be rebuilt: " + e.getMessage(), e);
        }
    }

    /**
     * Names (lower case) of the indexes and unique constraints of the current schema. Read from the
     * catalogue tables, not {@code DatabaseMetaData.getIndexInfo}, which on H2 counts every row of
     * the table and measures its disk space: seconds on a million persons, at every opening.
     */
    static Set<String> present(Connection c) throws SQLException {
        Set<String> names = new HashSet<>();
        boolean h2 = c.getMetaData().getDatabaseProductName().toUpperCase(Locale.ROOT).contains("H2");
        String indexes = h2
                ? "SELECT index_name FROM information_schema.indexes WHERE LOWER(table_schema) = LOWER(?)"
                : "SELECT indexname FROM pg_indexes WHERE schemaname = ?";
        try (PreparedStatement ps = c.prepareStatement(indexes)) {
            ps.setString(1, c.getSchema());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT constraint_name FROM information_schema.table_constraints"
                + " WHERE constraint_type = 'UNIQUE' AND LOWER(table_schema) = LOWER(?)")) {
            ps.setString(1, c.getSchema());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1).toLowerCase(Locale.ROOT));
                }
            }
        }
        return names;
    }
}
