package com.custodia.service.people;

import com.custodia.domain.PersonKind;
import com.custodia.policy.PersonVisibility;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Reads {@link PersonSql#ROW_COLUMNS} into a {@link PersonRow}, keeping back what the operator
 * may not see: the values never leave this class for a names-only operator.
 */
final class RowReader {

    private RowReader() {
    }

    static PersonRow row(ResultSet rs, PersonVisibility visibility) throws SQLException {
        long id = rs.getLong(1);
        PersonKind kind = PersonKind.valueOf(rs.getString(2));
        if (!visibility.contactData()) {
            return new PersonRow(id, kind, rs.getString(3), rs.getString(4), null, null, null, null, true, false);
        }
        return new PersonRow(id, kind, rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.getString(7), rs.getString(8), false, false);
    }

    /** A statement with its parameters bound in order, as the bench's raw side binds them too. */
    static PreparedStatement prepare(Connection connection, Sql sql, List<Sql> trace) throws SQLException {
        if (trace != null) {
            trace.add(sql);
        }
        PreparedStatement ps = connection.prepareStatement(sql.text());
        try {
            int i = 1;
            for (Object parameter : sql.parameters()) {
                ps.setObject(i++, parameter);
            }
            return ps;
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
    }
}
