package com.custodia.service.bench;

import com.custodia.domain.PersonKind;
import com.custodia.domain.Progress;
import com.custodia.domain.SearchKeys;
import com.custodia.persistence.Database;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Fills the bench's embedded workspace with realistic persons ({@link PersonPools}), about one
 * license per customer, and a tenth of persons who declined feature or upgrade mail.
 *
 * <p>Rows go in by JDBC batches with the search keys computed by {@link SearchKeys}, as every
 * writer stores them. The secondary indexes of the three tables are dropped first and built again
 * afterwards with the same columns (read from H2's information schema), because an H2 table
 * with indexes in place takes bulk inserts ten times slower; nobody else uses the bench's workspace.
 */
final class PeopleFiller {

    private static final int BATCH = 1_000;
    private static final long FILL_CACHE_KB = 256 * 1024;
    private static final long DEFAULT_CACHE_KB = 16 * 1024;
    // small transactions: H2 re-reads every page of a transaction at commit (see LedgerFiller)
    private static final int COMMIT_EVERY = 5_000;
    private static final String[] PRODUCTS = {"Custodia Vault", "Custodia Desk", "Custodia Server", "Custodia Cloud"};
    private static final String[] EDITIONS = {"Standard", "Professional", "Enterprise"};
    private static final List<String> TABLES = List.of("PERSON", "LICENSE", "COMMUNICATION_PREFERENCE");

    static final String INSERT_PERSON = "INSERT INTO person (id, kind, first_name, last_name, company, email, phone,"
            + " street, city, postal_code, country, language, status, created_at, updated_at, version,"
            + " first_name_key, last_name_key, company_key, email_key, phone_key)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, 0, ?, ?, ?, ?, ?)";
    static final String INSERT_LICENSE = "INSERT INTO license (id, person_id, license_key, license_key_norm, product,"
            + " edition, seats, issued_on, expires_on, status, upgrade_until, version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";
    static final String INSERT_PREFERENCE = "INSERT INTO communication_preference (id, person_id, message_class,"
            + " subscribed, since, source, version) VALUES (?, ?, ?, FALSE, ?, 'bench', 0)";

    /** What was written. */
    record Filled(long persons, long licenses, long optedOut, double seconds) {
    }

    private PeopleFiller() {
    }

    /** Adds {@code count} persons (ids after the largest existing one) with their licenses and preferences. */
    static Filled fill(Database database, int count, long seed, Instant now, Progress progress) {
        progress.update(-1, "Drawing names and companies");
        Random random = new Random(seed);
        PersonPools pools = PersonPools.draw(seed);
        long t0 = System.nanoTime();
        long[] written = database.fromConnection(c -> {
            Map<String, String> indexes = secondaryIndexes(c);
            long cacheKb = cacheSizeKb(c);
            try (Statement st = c.createStatement()) {
                for (String name : indexes.keySet()) {
                    st.execute("DROP INDEX " + name);
                }
                // the unique license key index takes random keys: kept in memory while filling, its
                // pages are not read back and decrypted on every commit (the setting is persistent,
                // so it is put back before anything is measured)
                st.execute("SET CACHE_SIZE " + Math.max(cacheKb, FILL_CACHE_KB));
            }
            c.commit();
            try {
                long[] totals = insert(c, count, random, pools, now, progress);
                progress.update(-1, "Building " + indexes.size() + " indexes over " + count + " persons");
                try (Statement st = c.createStatement()) {
                    for (String ddl : indexes.values()) {
                        st.execute(ddl);
                    }
                }
                return totals;
            } finally {
                try (Statement st = c.createStatement()) {
                    st.execute("SET CACHE_SIZE " + cacheKb);
                }
            }
        });
        database.flushToDisk();
        return new Filled(count, written[0], written[1], (System.nanoTime() - t0) / 1e9);
    }

    private static long[] insert(Connection c, int count, Random random, PersonPools pools, Instant now,
                                 Progress progress) throws SQLException {
        long firstId = next(c, "SELECT COALESCE(MAX(id), 0) + 1 FROM person");
        long dataId = Math.max(next(c, "SELECT COALESCE(MAX(id), 0) + 1 FROM license"),
                next(c, "SELECT COALESCE(MAX(id), 0) + 1 FROM communication_preference"));
        long licenses = 0;
        long optedOut = 0;
        try (PreparedStatement person = c.prepareStatement(INSERT_PERSON);
             PreparedStatement license = c.prepareStatement(INSERT_LICENSE);
             PreparedStatement preference = c.prepareStatement(INSERT_PREFERENCE)) {
            for (int i = 0; i < count; i++) {
                long id = firstId + i;
                PersonKind kind = PersonPools.kind(random);
                Instant created = now.minusSeconds(60L * random.nextInt(5 * 365 * 24 * 60));
                bindPerson(person, id, kind, pools.person(random), created);
                person.addBatch();
                if (kind == PersonKind.CUSTOMER) {
                    int n = random.nextInt(10) == 0 ? 2 : 1;
                    for (int k = 0; k < n; k++) {
                        bindLicense(license, dataId++, id, random, created);
                        license.addBatch();
                        licenses++;
                    }
                }
                if (random.nextInt(10) == 0) {
                    preference.setLong(1, dataId++);
                    preference.setLong(2, id);
                    preference.setString(3, random.nextBoolean() ? "FEATURES" : "UPGRADES");
                    preference.setTimestamp(4, Timestamp.from(created));
                    preference.addBatch();
                    optedOut++;
                }
                int done = i + 1;
                if (done % BATCH == 0 || done == count) {
                    person.executeBatch();
                    license.executeBatch();
                    preference.executeBatch();
                }
                if (done % COMMIT_EVERY == 0 || done == count) {
                    c.commit();
                    progress.update((double) done / count, done + " of " + count + " persons written");
                }
            }
        }
        // later writers take ids from the sequences; start them after the rows written here
        try (Statement st = c.createStatement()) {
            st.execute("ALTER SEQUENCE person_seq RESTART WITH " + (firstId + count + 50));
            st.execute("ALTER SEQUENCE customer_data_seq RESTART WITH " + (dataId + 50));
        }
        c.commit();
        return new long[] {licenses, optedOut};
    }

    private static void bindPerson(PreparedStatement ps, long id, PersonKind kind, PersonPools.Drawn p,
                                   Instant created) throws SQLException {
        ps.setLong(1, id);
        ps.setString(2, kind.name());
        ps.setString(3, p.first());
        ps.setString(4, p.last());
        ps.setString(5, p.company());
        ps.setString(6, p.email());
        ps.setString(7, p.phone());
        ps.setString(8, p.street());
        ps.setString(9, p.city());
        ps.setString(10, p.postalCode());
        ps.setString(11, p.country());
        ps.setString(12, p.language());
        Timestamp at = Timestamp.from(created);
        ps.setTimestamp(13, at);
        ps.setTimestamp(14, at);
        ps.setString(15, SearchKeys.text(p.first()));
        ps.setString(16, SearchKeys.text(p.last()));
        ps.setString(17, SearchKeys.text(p.company()));
        ps.setString(18, SearchKeys.text(p.email()));
        ps.setString(19, SearchKeys.phone(p.phone()));
    }

    private static void bindLicense(PreparedStatement ps, long id, long personId, Random random, Instant created)
            throws SQLException {
        String key = PersonPools.licenseKey(random);
        LocalDate issued = LocalDate.ofInstant(created, ZoneOffset.UTC);
        ps.setLong(1, id);
        ps.setLong(2, personId);
        ps.setString(3, key);
        ps.setString(4, SearchKeys.licenseKey(key));
        ps.setString(5, PRODUCTS[random.nextInt(PRODUCTS.length)]);
        ps.setString(6, EDITIONS[random.nextInt(EDITIONS.length)]);
        ps.setInt(7, 1 + random.nextInt(50));
        ps.setDate(8, Date.valueOf(issued));
        ps.setDate(9, Date.valueOf(issued.plusYears(1 + random.nextInt(3))));
        ps.setString(10, random.nextInt(5) == 0 ? "EXPIRED" : "ACTIVE");
        ps.setDate(11, Date.valueOf(issued.plusYears(1)));
    }

    private static long cacheSizeKb(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.CACHE_MAX_SIZE'")) {
            return rs.next() ? Long.parseLong(rs.getString(1)) * 1024 : DEFAULT_CACHE_KB;
        }
    }

    private static long next(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * The plain secondary indexes of the filled tables (not those that back a key or constraint),
     * each with the statement that builds it again.
     */
    private static Map<String, String> secondaryIndexes(Connection c) throws SQLException {
        Map<String, String> ddl = new LinkedHashMap<>();
        String sql = "SELECT i.INDEX_NAME, i.TABLE_NAME, ic.COLUMN_NAME FROM INFORMATION_SCHEMA.INDEXES i"
                + " JOIN INFORMATION_SCHEMA.INDEX_COLUMNS ic ON ic.INDEX_SCHEMA = i.INDEX_SCHEMA"
                + " AND ic.INDEX_NAME = i.INDEX_NAME AND ic.TABLE_NAME = i.TABLE_NAME"
                + " WHERE i.INDEX_SCHEMA = SCHEMA() AND i.INDEX_TYPE_NAME = 'INDEX'"
                + " AND i.TABLE_NAME IN ('" + String.join("', '", TABLES) + "')"
                + " AND NOT EXISTS (SELECT 1 FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc"
                + " WHERE tc.INDEX_SCHEMA = i.INDEX_SCHEMA AND tc.INDEX_NAME = i.INDEX_NAME)"
                + " ORDER BY i.TABLE_NAME, i.INDEX_NAME, ic.ORDINAL_POSITION";
        Map<String, List<String>> columns = new LinkedHashMap<>();
        Map<String, String> tables = new LinkedHashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                columns.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(3));
                tables.put(rs.getString(1), rs.getString(2));
            }
        }
        columns.forEach((name, cols) -> ddl.put(name, "CREATE INDEX " + name + " ON " + tables.get(name) + " ("
                + String.join(", ", cols) + ")"));
        return ddl;
    }
}
