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
 * in memory nor a query per entry.
 */
public final class LedgerVerification {

    private static final HexFormat HEX = HexFormat.of();

    private LedgerVerification() {
    }

    public static VerificationReport run(Database database, String workspaceId, ChainVerifier.Head head,
                                         List<ChainVerifier.SourcedCheckpoint> checkpoints, Map<String, byte[]> keys,
                                         Progress progress) {
        return database.fromConnection(c -> {
            long total = head.size();
            try (PreparedStatement st = c.prepareStatement("SELECT e." + LedgerStore.ENTRY_COLUMNS.replace(", ", ", e.")
                    + ", p.person_id FROM ledger_entry e LEFT JOIN ledger_entry_person p ON p.seq = e.seq "
                    + "ORDER BY e.seq, p.person_id")) {
                st.setFetchSize(10_000);
                try (ResultSet rs = st.executeQuery()) {
                    return ChainVerifier.verify(workspaceId, new Rows(rs), head, checkpoints, keys,
                            (leaf, chain) -> predecessor(c, leaf, chain), total, progress);
                }
            }
        });
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

    /** Groups joined rows back into one {@link StoredRow} per entry, digesting its person ids on the way. */
    private static final class Rows implements Iterator<StoredRow> {
        private final ResultSet rs;
        private boolean onRow;
        private final MessageDigest md = Merkle.sha256();

        Rows(ResultSet rs) throws SQLException {
            this.rs = rs;
            this.onRow = rs.next();
        }

        @Override
        public boolean hasNext() {
            return onRow;
        }

        @Override
        public StoredRow next() {
            if (!onRow) {
                throw new NoSuchElementException();
            }
            try {
                long seq = rs.getLong(1);
                EntryContent content = LedgerStore.content(rs);
                byte[] leaf = HEX.parseHex(rs.getString(19));
                byte[] chain = HEX.parseHex(rs.getString(20));
                md.reset();
                do {
                    long personId = rs.getLong(21);
                    if (!rs.wasNull()) {
                        md.update((personId + "\n").getBytes(StandardCharsets.US_ASCII));
                    }
                    onRow = rs.next();
                } while (onRow && rs.getLong(1) == seq);
                return new StoredRow(seq, content, HEX.formatHex(md.digest()), leaf, chain);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the ledger: " + e.getMessage(), e);
            }
        }
    }
}
