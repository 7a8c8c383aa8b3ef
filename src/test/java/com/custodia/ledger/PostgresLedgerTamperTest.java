package com.custodia.ledger;

import com.custodia.service.Services;
import com.custodia.support.TestWorkspaces;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Tag;

/** The tamper matrix on PostgreSQL, as the schema owner who disables the triggers first. */
@Tag("postgres")
class PostgresLedgerTamperTest extends LedgerTamperContract {

    @Override
    protected Services create() {
        return TestWorkspaces.postgres(clock);
    }

    @Override
    protected void disableTriggers(Statement st) throws SQLException {
        for (String table : new String[] {"ledger_record", "ledger_text", "ledger_entry_person", "ledger_checkpoint"}) {
            st.execute("ALTER TABLE " + table + " DISABLE TRIGGER USER");
        }
    }
}
