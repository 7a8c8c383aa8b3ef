package com.custodia.service.bench;

import com.custodia.domain.Progress;
import com.custodia.persistence.Database;
import com.custodia.persistence.PersonSearchIndexes;
import com.custodia.service.Services;
import com.custodia.service.auth.PasswordHasher;
import com.custodia.service.people.importing.ImportOptions;
import com.custodia.service.people.importing.ImportResult;
import com.custodia.service.people.importing.ImportSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The import row of {@code bench} (DESIGN.md section 9): a generated CSV of N persons imported
 * through {@code PersonImportService} beside the raw engine inserting the same rows with plain
 * JDBC batches into a table of the same columns, constraints and search indexes, with the same
 * index strategy ({@link PersonSearchIndexes}: drop, load, build) and the same 10,000 rows per
 * commit.
 *
 * <p>The raw side is timed on the engine's work only: each batch's values and search keys are
 * made before its clock starts, and it uses ids counted in memory. The import is timed end to
 * end: reading and decoding the CSV bytes, checking every row, looking up external_ids, taking
 * ids from the sequence, writing, recording progress, and building the indexes. The CSV sits in
 * memory, so no file of generated persons is written; reading a file from the page cache costs
 * about the same.
 */
public final class ImportBench {

    /** The CSV order of the values bound to parameters 4 to 14 of {@link #RAW_INSERT}. */
    private static final int[] CSV_INDEX_OF_PARAMETER = {2, 3, 6, 4, 5, 7, 8, 9, 10, 11, 12};

    private static final int BATCH = ImportOptions.DEFAULT_BATCH_SIZE;
    private static final String RAW_TABLE = "bench_raw_person";
    private static final String RAW_DDL = "CREATE TABLE " + RAW_TABLE + " (id BIGINT NOT NULL PRIMARY KEY,"
            + " external_id VARCHAR(100), kind VARCHAR(30) NOT NULL, first_name VARCHAR(200),"
            + " last_name VARCHAR(200) NOT NULL, company VARCHAR(300), email VARCHAR(320), phone VARCHAR(50),"
            + " street VARCHAR(300), city VARCHAR(200), postal_code VARCHAR(30), country VARCHAR(2),"
            + " language VARCHAR(35), status VARCHAR(30) NOT NULL, notes VARCHAR(4000),"
            + " created_at TIMESTAMP(6) WITH TIME ZONE NOT NULL, updated_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,"
            + " version BIGINT NOT NULL, first_name_key VARCHAR(200), last_name_key VARCHAR(200),"
            + " company_key VARCHAR(300), email_key VARCHAR(320), phone_key VARCHAR(50), account_owner_id BIGINT,"
            + " CONSTRAINT uk_" + RAW_TABLE + "_external_id UNIQUE (external_id))";
    /** The account owner's index of V16, which person keeps through a load as well. */
    private static final String RAW_OWNER_INDEX = "CREATE INDEX ix_" + RAW_TABLE + "_account_owner ON " + RAW_TABLE
            + " (account_owner_id, id)";
    private static final String RAW_INSERT = "INSERT INTO " + RAW_TABLE + " (id, external_id, kind, first_name,"
            + " last_name, company, email, phone, street, city, postal_code, country, language, status, notes,"
            + " created_at, updated_at, version, first_name_key, last_name_key, company_key, email_key, phone_key)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, 0, ?, ?, ?, ?, ?)";

    private final Clock clock;
    private final PasswordHasher hasher;
    private final String workstation;

    public ImportBench(Clock clock, PasswordHasher hasher, String workstation) {
        this.clock = clock;
        this.hasher = hasher;
        this.workstation = workstation;
    }

    /**
     * Imports {@code persons} generated persons into a new temporary workspace (under {@code parent},
     * or the system's temporary folder) beside the raw engine, and deletes the workspace afterwards.
     */
    public List<BenchFigure> run(long persons, Path parent, Progress progress) {
        if (persons < 1 || persons > 20_000_000) {
            throw new IllegalArgumentException("The import bench takes between 1 and 20,000,000 persons.");
        }
        progress.update(-1, "Creating a temporary encrypted workspace for the import");
        try (BenchWorkspace workspace = BenchWorkspace.create(parent, clock, hasher, workstation, progress)) {
            return measure(workspace, persons, progress);
        }
    }

    private List<BenchFigure> measure(BenchWorkspace workspace, long persons, Progress progress) {
        Services services = workspace.services();
        BenchPersons generator = new BenchPersons(4711);
        progress.update(-1, String.format(Locale.ROOT, "Generating a CSV of %,d persons", persons));
        byte[] csv = generator.csv(persons);

        progress.update(-1, String.format(Locale.ROOT, "Raw engine: inserting %,d persons with JDBC batches", persons));
        double rawSeconds = raw(services.database(), generator, persons, progress);

        progress.update(-1, String.format(Locale.ROOT, "Importing %,d persons (%,d MB of CSV)", persons,
                csv.length >> 20));
        long t0 = System.nanoTime();
        ImportResult result = services.personImport().importCsv(workspace.admin(),
                ImportSource.bytes("bench-persons.csv", csv),
                ImportOptions.defaults().withReport(workspace.folder().resolve("bench-persons.report.csv")),
                (f, m) -> progress.update(f, "Import: " + m));
        double importSeconds = (System.nanoTime() - t0) / 1e9;
        if (result.inserted() != persons) {
            throw new IllegalStateException("The bench import inserted " + result.inserted() + " of " + persons
                    + " persons; see " + result.report());
        }
        List<BenchFigure> figures = new ArrayList<>();
        figures.add(BenchFigure.rate("import.persons", persons / importSeconds, "rows/s", persons / rawSeconds,
                "≥ 100,000 rows/s, ≤ 1.5× raw"));
        figures.add(new BenchFigure("import.persons.time", importSeconds, "s", rawSeconds,
                "index strategy: " + (result.indexesRebuilt() ? "drop, load, build" : "kept"), importSeconds / rawSeconds));
        return figures;
    }

    /** The raw engine: the same rows into a table of the same shape, with the same index strategy. */
    private double raw(Database database, BenchPersons generator, long persons, Progress progress) {
        return database.fromConnection(c -> {
            try (Statement st = c.createStatement()) {
                st.execute(RAW_DDL);
                st.execute(RAW_OWNER_INDEX);
                for (String ddl : PersonSearchIndexes.createStatements(RAW_TABLE)) {
                    st.execute(ddl);
                }
            }
            c.commit();
            try {
                return timedLoad(c, database.isEmbedded(), generator, persons, progress);
            } finally {
                try (Statement st = c.createStatement()) {
                    st.execute("DROP TABLE " + RAW_TABLE);
                }
                c.commit();
            }
        });
    }

    private double timedLoad(Connection c, boolean embedded, BenchPersons generator, long persons, Progress progress)
            throws SQLException {
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        long nanos = 0;
        long t = System.nanoTime();
        PersonSearchIndexes.Suspension suspended = PersonSearchIndexes.rebuildPays(embedded, 0, persons)
                ? PersonSearchIndexes.suspend(c, RAW_TABLE) : null;
        nanos += System.nanoTime() - t;
        try (PreparedStatement insert = c.prepareStatement(RAW_INSERT)) {
            for (long from = 0; from < persons; from += BATCH) {
                int n = (int) Math.min(BATCH, persons - from);
                // the batch's values are made before the clock starts: the engine is timed, not the generator
                String[][] rows = new String[n][];
                String[][] keys = new String[n][];
                for (int i = 0; i < n; i++) {
                    rows[i] = generator.row(from + i);
                    keys[i] = BenchPersons.keys(rows[i]);
                }
                t = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    bind(insert, from + i + 1, rows[i], keys[i], now);
                    insert.addBatch();
                    if ((i + 1) % 1000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
                c.commit();
                nanos += System.nanoTime() - t;
                progress.update((double) (from + n) / persons, String.format(Locale.ROOT,
                        "Raw engine: %,d of %,d persons", from + n, persons));
            }
        }
        t = System.nanoTime();
        if (suspended != null) {
            progress.update(-1, "Raw engine: building the search indexes");
            PersonSearchIndexes.resume(c, suspended, Progress.NONE);
        }
        c.commit();
        nanos += System.nanoTime() - t;
        return nanos / 1e9;
    }

    private static void bind(PreparedStatement st, long id, String[] row, String[] keys, OffsetDateTime now)
            throws SQLException {
        st.setLong(1, id);
        st.setString(2, row[0]);
        st.setString(3, row[1].toUpperCase(Locale.ROOT));
        for (int p = 0; p < CSV_INDEX_OF_PARAMETER.length; p++) {
            String value = row[CSV_INDEX_OF_PARAMETER[p]];
            st.setString(4 + p, value.isEmpty() ? null : value);
        }
        st.setObject(15, now);
        st.setObject(16, now);
        for (int k = 0; k < keys.length; k++) {
            st.setString(17 + k, keys[k]);
        }
    }
}
