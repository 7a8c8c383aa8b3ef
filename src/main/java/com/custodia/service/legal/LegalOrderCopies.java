package com.custodia.service.legal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The bytes of each order's copy, in {@code legal_order_copy} (BLOB on H2, BYTEA on PostgreSQL),
 * with plain JDBC: the entity carries only name, size and hash, so listing orders never drags
 * megabytes of scanned paper through the persistence context.
 */
final class LegalOrderCopies {

    private LegalOrderCopies() {
    }

    /** Written once, on the intake transaction's own connection, so no order exists without its copy. */
    static void insert(Connection connection, long orderId, byte[] content) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "INSERT INTO legal_order_copy (order_id, content) VALUES (?, ?)")) {
            st.setLong(1, orderId);
            st.setBytes(2, content);
            st.executeUpdate();
        }
    }

    /** The stored bytes, or null when the order has no copy row. */
    static byte[] read(Connection connection, long orderId) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT content FROM legal_order_copy WHERE order_id = ?")) {
            st.setLong(1, orderId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        }
    }
}
