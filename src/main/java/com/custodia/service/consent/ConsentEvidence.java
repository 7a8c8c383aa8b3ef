package com.custodia.service.consent;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The evidence file of each consent, in {@code consent_evidence} (BLOB on H2, BYTEA on PostgreSQL),
 * with plain JDBC so listing consents never loads the files.
 */
final class ConsentEvidence {

    private ConsentEvidence() {
    }

    static void insert(Connection connection, long consentId, String name, byte[] content) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "INSERT INTO consent_evidence (consent_id, file_name, content) VALUES (?, ?, ?)")) {
            st.setLong(1, consentId);
            st.setString(2, name);
            st.setBytes(3, content);
            st.executeUpdate();
        }
    }

    static byte[] read(Connection connection, long consentId) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "SELECT content FROM consent_evidence WHERE consent_id = ?")) {
            st.setLong(1, consentId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        }
    }
}
