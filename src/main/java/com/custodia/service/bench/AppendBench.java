package com.custodia.service.bench;

import com.custodia.domain.Progress;
import com.custodia.ledger.EntryContent;
import com.custodia.persistence.Database;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.service.ledger.LedgerService;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Ledger appends through {@link LedgerService#append} beside the raw engine doing the same inserts
 * with plain JDBC into scratch tables of the same shape and indexes, with the same durability:
 * one commit per entry followed by H2's {@code CHECKPOINT}, which is what makes an acknowledged
 * entry survive a crash. The two run interleaved in rounds, so drift of a noisy machine hits both.
 *
 * <p>The first appends after the workspace opens run while the JIT compiles H2's commit path and
 * the ledger's hashing: they are timed apart, as {@code ledger.append.first}, and the target is
 * held against the appends after them, which is what a console that stays open does.
 */
final class AppendBench {

    private static final int ROUNDS = 10;
    /** Appends (and raw inserts) timed as the first ones: as many as are measured after them, 100 to 2,000. */
    private static final int MIN_FIRST = 100;
    private static final int MAX_FIRST = 2_000;
    private static final String ZERO_HASH = "0".repeat(64);

    private static final String[] SCRATCH_DDL = {
        "CREATE TABLE bench_raw_entry (seq BIGINT NOT NULL PRIMARY KEY, occurred_at TIMESTAMP(6) WITH TIME ZONE NOT NULL, "
            + "operator_name VARCHAR(64) NOT NULL, operator_roles VARCHAR(200) NOT NULL, "
            + "recipient_kind VARCHAR(20) NOT NULL, recipient_name VARCHAR(300) NOT NULL, "
            + "recipient_address VARCHAR(500), basis VARCHAR(30) NOT NULL, reference VARCHAR(200), "
            + "person_count BIGINT NOT NULL, persons_digest VARCHAR(64) NOT NULL, categories VARCHAR(2000) NOT NULL, "
            + "fields VARCHAR(4000) NOT NULL, purpose VARCHAR(2000) NOT NULL, channel VARCHAR(100) NOT NULL, "
            + "payload_sha256 VARCHAR(64) NOT NULL, series_id VARCHAR(100), "
            + "non_notification_until TIMESTAMP(6) WITH TIME ZONE, leaf_hash VARCHAR(64) NOT NULL, "
            + "chain_hash VARCHAR(64) NOT NULL)",
        "CREATE INDEX ix_bench_raw_entry_time ON bench_raw_entry (occurred_at)",
        "CREATE TABLE bench_raw_entry_person (seq BIGINT NOT NULL, person_id BIGINT NOT NULL, "
            + "CONSTRAINT pk_bench_raw_entry_person PRIMARY KEY (seq, person_id))",
        "CREATE INDEX ix_bench_raw_entry_person_person ON bench_raw_entry_person (person_id, seq)"
    };

    private final Services services;
    private final Database database;
    private final Clock clock;
    private final BenchEntries entries;

    AppendBench(Services services, Principal officer, Clock clock) {
        this.services = services;
        this.database = services.database();
        this.clock = clock;
        this.entries = new BenchEntries(officer);
    }

    List<BenchFigure> measure(int appends, Progress progress) {
        LedgerService ledger = services.ledger();
        try (Connection raw = database.dataSource().getConnection()) {
            try (Statement st = raw.createStatement()) {
                for (String ddl : SCRATCH_DDL) {
                    st.execute(ddl);
                }
            }
            raw.setAutoCommit(false);
            RawAppender rawAppender = new RawAppender(raw);
            long next = ledger.store().head().size();
            int first = firstAppends(appends);
            progress.update(-1, "The first " + first + " appends and raw inserts, while the JIT compiles");
            long firstLedgerNanos = 0;
            long firstRawNanos = 0;
            for (int i = 0; i < first; i++) {
                EntryContent rawRow = entries.content(i, clock.instant());
                long t0 = System.nanoTime();
                ledger.append(entries.draft(next++));
                long t1 = System.nanoTime();
                rawAppender.append(rawRow);
                firstLedgerNanos += t1 - t0;
                firstRawNanos += System.nanoTime() - t1;
            }
            long ledgerNanos = 0;
            long rawNanos = 0;
            int done = 0;
            long rawSeq = first;
            for (int round = 0; round < ROUNDS; round++) {
                int n = appends / ROUNDS + (round < appends % ROUNDS ? 1 : 0);
                // the raw rows are made before the clock starts: the engine is timed, not the test data
                List<EntryContent> rawRows = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    rawRows.add(entries.content(rawSeq + i, clock.instant()));
                }
                long t0 = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    ledger.append(entries.draft(next++));
                }
                long t1 = System.nanoTime();
                for (EntryContent row : rawRows) {
                    rawAppender.append(row);
                }
                long t2 = System.nanoTime();
                ledgerNanos += t1 - t0;
                rawNanos += t2 - t1;
                rawSeq += n;
                done += n;
                progress.update((double) done / appends, done + " of " + appends + " appends (and as many raw inserts)");
            }
            return List.of(
                    BenchFigure.rate("ledger.append", appends / (ledgerNanos / 1e9), "entries/s",
                            appends / (rawNanos / 1e9), "≥ 2,000 entries/s"),
                    BenchFigure.rate("ledger.append.first", first / (firstLedgerNanos / 1e9), "entries/s",
                            first / (firstRawNanos / 1e9), "the first " + first + " after opening"));
        } catch (SQLException e) {
            throw new IllegalStateException("The raw-engine side of the append bench failed: " + e.getMessage(), e);
        }
    }

    /** How many appends are timed as the first ones before {@code appends} are measured. */
    static int firstAppends(int appends) {
        return Math.max(MIN_FIRST, Math.min(MAX_FIRST, appends));
    }

    /** Plain JDBC: insert the entry and its person, commit, checkpoint. No head row, no hashing. */
    private static final class RawAppender {
        private final Connection connection;
        private final PreparedStatement insertEntry;
        private final PreparedStatement insertPerson;
        private final Statement checkpoint;
        private long seq;

        RawAppender(Connection connection) throws SQLException {
            this.connection = connection;
            this.insertEntry = connection.prepareStatement("INSERT INTO bench_raw_entry (seq, occurred_at, operator_name, "
                    + "operator_roles, recipient_kind, recipient_name, recipient_address, basis, reference, person_count, "
                    + "persons_digest, categories, fields, purpose, channel, payload_sha256, series_id, "
                    + "non_notification_until, leaf_hash, chain_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    + "?, ?, ?, ?, ?, ?)");
            this.insertPerson = connection.prepareStatement("INSERT INTO bench_raw_entry_person (seq, person_id) VALUES (?, ?)");
            this.checkpoint = connection.createStatement();
        }

        void append(EntryContent c) throws SQLException {
            insertEntry.setLong(1, seq);
            insertEntry.setTimestamp(2, Timestamp.from(c.time()));
            insertEntry.setString(3, c.operator());
            insertEntry.setString(4, String.join(",", c.operatorRoles()));
            insertEntry.setString(5, c.recipientKind().name());
            insertEntry.setString(6, c.recipientName());
            insertEntry.setString(7, c.recipientAddress());
            insertEntry.setString(8, c.basis().name());
            insertEntry.setString(9, c.reference());
            insertEntry.setLong(10, c.personCount());
            insertEntry.setString(11, c.personsDigest());
            insertEntry.setString(12, String.join(",", c.categories()));
            insertEntry.setString(13, String.join(",", c.fields()));
            insertEntry.setString(14, c.purpose());
            insertEntry.setString(15, c.channel());
            insertEntry.setString(16, c.payloadSha256());
            insertEntry.setString(17, c.seriesId());
            insertEntry.setTimestamp(18, null);
            insertEntry.setString(19, ZERO_HASH);
            insertEntry.setString(20, ZERO_HASH);
            insertEntry.executeUpdate();
            insertPerson.setLong(1, seq);
            insertPerson.setLong(2, BenchEntries.personOf(seq));
            insertPerson.executeUpdate();
            connection.commit();
            checkpoint.execute("CHECKPOINT");
            seq++;
        }
    }
}
