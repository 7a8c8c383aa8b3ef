package com.custodia.ledger;

import com.custodia.domain.Progress;
import com.custodia.persistence.Database;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Streams the ledger from the database into {@link ChainVerifier}: one ordered pass over the
 * entries joined with their person lists, so a million entries need neither a million objects
 * in memory nor a query per entry. The rows are read on a second thread ({@link RowPrefetcher})
 * while the verifier hashes those already read.
 */
public final class LedgerVerification {

    private static final HexFormat HEX = HexFormat.of();

    private LedgerVerification() {
    }

    /** Entries in order: the primary key gives the order, so the engine can stream them. */
    static final String ENTRIES = "SELECT " + LedgerStore.ENTRY_COLUMNS + " FROM ledger_entry ORDER BY seq";
    /** Their persons in the order of the primary key (seq, person_id), streamed the same way. */
    static final String PERSONS = "SELECT seq, person_id FROM ledger_entry_person ORDER BY seq, person_id";

    public static VerificationReport run(Database database, String workspaceId, ChainVerifier.Head head,
                                         List<ChainVerifier.SourcedCheckpoint> checkpoints, Map<String, byte[]> keys,
                                         Progress progress) {
        return database.fromConnection(c -> {
            long total = head.size();
            // H2 builds a whole result before returning its first row unless it may run lazily: for a
            // million entries that meant a result written to temporary files and read back
            lazy(c, database, true);
            // two ordered streams merged here instead of a join: the join's order (seq, person_id)
            // is only partly an index order, so H2 sorted all rows; each stream alone is index order.
            // Entries are read first, so every entry seen was committed before the persons query
            // began and its persons are there; persons of later entries are skipped.
            try (PreparedStatement entries = c.prepareStatement(ENTRIES);
                 PreparedStatement persons = c.prepareStatement(PERSONS)) {
                entries.setFetchSize(10_000);
                persons.setFetchSize(10_000);
                try (ResultSet entryRows = entries.executeQuery(); ResultSet personRows = persons.executeQuery();
                     RowPrefetcher rows = new RowPrefetcher(new Rows(entryRows, personRows))) {
                    // a broken link is looked up on the same connection, so the reader lets go of it first
                    return ChainVerifier.verify(workspaceId, rows, head, checkpoints, keys,
                            (leaf, chain) -> {
                                rows.close();
                                return predecessor(c, leaf, chain);
                            }, total, progress);
                }
            } finally {
                lazy(c, database, false);
            }
        });
    }

    private static void lazy(Connection c, Database database, boolean on) throws SQLException {
        if (database.isEmbedded()) {
            try (Statement st = c.createStatement()) {
                st.execute("SET LAZY_QUERY_EXECUTION " + (on ? "TRUE" : "FALSE"));
            }
        }
    }

    /** Which stored chain hash, extended by this leaf, gives this chain hash: a scan, only on the failure path. */
    private static Long predecessor(Connection c, byte[] leaf, byte[] chain) {
        if (Arrays.equals(ChainVerifier.chain(ChainVerifier.GENESIS, leaf), chain)) {
            return -1L;
        }
        try (Statement st = c.createStatement()) {
            st.setFetchSize(10_000);
            try (ResultSet rs = st.executeQuery("SELECT seq, chain_hash FROM ledger_entry ORDER BY seq")) {
                while (rs.next()) {
                    if (Arrays.equals(ChainVerifier.chain(HEX.parseHex(rs.getString(2)), leaf), chain)) {
                        return rs.getLong(1);
                    }
                }
            }
            return null;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot search the ledger: " + e.getMessage(), e);
        }
    }

    /** Pairs each entry with its persons, digesting their ids on the way. */
    private static final class Rows implements Iterator<StoredRow> {
        private final ResultSet entries;
        private final ResultSet persons;
        private boolean onEntry;
        private boolean onPerson;
        private final MessageDigest md = Merkle.sha256();

        Rows(ResultSet entries, ResultSet persons) throws SQLException {
            this.entries = entries;
            this.persons = persons;
            this.onEntry = entries.next();
            this.onPerson = persons.next();
        }

        @Override
        public boolean hasNext() {
            return onEntry;
        }

        @Override
        public StoredRow next() {
            if (!onEntry) {
                throw new NoSuchElementException();
            }
            try {
                long seq = entries.getLong(1);
                EntryContent content = LedgerStore.content(entries);
                byte[] leaf = HEX.parseHex(entries.getString(19));
                byte[] chain = HEX.parseHex(entries.getString(20));
                md.reset();
                // persons whose entry is missing belong to no entry read here, as with a join
                while (onPerson && persons.getLong(1) < seq) {
                    onPerson = persons.next();
                }
                while (onPerson && persons.getLong(1) == seq) {
                    md.update((persons.getLong(2) + "\n").getBytes(StandardCharsets.US_ASCII));
                    onPerson = persons.next();
                }
                onEntry = entries.next();
                return new StoredRow(seq, content, HEX.formatHex(md.digest()), leaf, chain);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the ledger: " + e.getMessage(), e);
            }
        }
    }
}
