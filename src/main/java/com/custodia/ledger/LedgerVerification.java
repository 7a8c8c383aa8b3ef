package com.custodia.ledger;

import com.custodia.domain.Progress;
import com.custodia.persistence.Database;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.PreparedStatement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Streams the ledger from the database into {@link ChainVerifier}. The rows are read and their
 * leaves recomputed by {@link ChunkedReader} on a few threads, range by range, while the verifier
 * walks the chain in order; a million entries need neither a million objects in memory nor a
 * query per entry.
 */
public final class LedgerVerification {

    private LedgerVerification() {
    }

    /**
     * How the rows are read: by how many threads, in chunks of how many entries.
     *
     * @param readers threads reading (each with its own connection), at least 1
     * @param chunk   entries per range query, at least 1
     */
    public record Reading(int readers, int chunk) {

        /** As many readers as cores (at most {@value ChunkedReader#MAX_READERS}), chunks of {@value ChunkedReader#CHUNK}. */
        public static final Reading DEFAULT = new Reading(ChunkedReader.defaultReaders(), ChunkedReader.CHUNK);

        public Reading {
            if (readers < 1 || chunk < 1) {
                throw new IllegalArgumentException("at least one reader and one entry per chunk");
            }
        }
    }

    public static VerificationReport run(Database database, String workspaceId, ChainVerifier.Head head,
                                         List<ChainVerifier.SourcedCheckpoint> checkpoints, Map<String, byte[]> keys,
                                         Progress progress, Reading reading) {
        try (ChunkedReader rows = new ChunkedReader(database, head.size(), reading.readers(), reading.chunk())) {
            // a broken link is looked up with a scan of its own, once the readers have stopped
            return ChainVerifier.verify(workspaceId, rows, head, checkpoints, keys,
                    (leaf, chain) -> {
                        rows.close();
                        return database.fromConnection(c -> predecessor(c, leaf, chain));
                    }, head.size(), progress);
        }
    }

    /**
     * Which stored chain hash, extended by this leaf, gives this chain hash: a scan, only on the
     * failure path, page by page so that no engine builds the whole result first.
     */
    private static Long predecessor(Connection c, byte[] leaf, byte[] chain) throws SQLException {
        if (Arrays.equals(ChainVerifier.chain(ChainVerifier.GENESIS, leaf), chain)) {
            return -1L;
        }
        try (PreparedStatement st = c.prepareStatement("SELECT seq, chain_hash FROM ledger_record WHERE seq >= ? ORDER BY seq")) {
            st.setMaxRows(ChunkedReader.CHUNK);
            st.setFetchSize(ChunkedReader.CHUNK);
            long from = Long.MIN_VALUE;
            for (int rows = ChunkedReader.CHUNK; rows == ChunkedReader.CHUNK; ) {
                st.setLong(1, from);
                rows = 0;
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                        from = rs.getLong(1) + 1;
                        byte[] stored = rs.getBytes(2);
                        if (stored != null && Arrays.equals(ChainVerifier.chain(stored, leaf), chain)) {
                            return rs.getLong(1);
                        }
                    }
                }
            }
            return null;
        }
    }
}
