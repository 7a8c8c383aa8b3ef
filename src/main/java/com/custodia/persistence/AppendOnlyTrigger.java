package com.custodia.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** H2 trigger on the ledger tables: any UPDATE or DELETE is refused. */
public final class AppendOnlyTrigger implements Trigger {

    private String table;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type) {
        this.table = tableName;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("the " + table + " table is append-only: " + (newRow == null ? "DELETE" : "UPDATE")
                + " refused", "42501");
    }
}
