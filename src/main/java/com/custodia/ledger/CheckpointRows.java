package com.custodia.ledger;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * How a checkpoint is stored in {@code ledger_checkpoint}: the columns after the id, written and
 * read the one way, for the ledger and for whoever fills a ledger with JDBC batches (the bench).
 */
public final class CheckpointRows {

    /** The stored columns after {@code id}, in the order {@link #bind} and {@link #read} use. */
    public static final String COLUMNS = "tree_size, root_hash, signed_at, key_fingerprint, signature";

    private static final HexFormat HEX = HexFormat.of();

    private CheckpointRows() {
    }

    /** Binds the checkpoint's {@link #COLUMNS} to the parameters from {@code first} on. */
    public static void bind(PreparedStatement st, int first, Checkpoint cp) throws SQLException {
        st.setLong(first, cp.treeSize());
        st.setString(first + 1, HEX.formatHex(cp.root()));
        st.setTimestamp(first + 2, Timestamp.from(cp.time()));
        st.setString(first + 3, cp.keyFingerprint());
        st.setString(first + 4, Base64.getEncoder().encodeToString(cp.signature()));
    }

    /** The checkpoints of rows that select {@link #COLUMNS}, in the rows' order. */
    static List<Checkpoint> read(String workspaceId, ResultSet rs) throws SQLException {
        List<Checkpoint> out = new ArrayList<>();
        while (rs.next()) {
            out.add(new Checkpoint(workspaceId, rs.getLong(1), HEX.parseHex(rs.getString(2)), rs.getTimestamp(3).toInstant(),
                    rs.getString(4), Base64.getDecoder().decode(rs.getString(5))));
        }
        return out;
    }
}
