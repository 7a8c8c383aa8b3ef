package com.custodia.service.ledger;

import com.custodia.service.Services;
import com.custodia.support.TestWorkspaces;
import org.junit.jupiter.api.Tag;

/** The ledger screen's queries on PostgreSQL, in a fresh schema. */
@Tag("postgres")
class PostgresLedgerReaderTest extends LedgerReaderContract {

    @Override
    protected Services create() {
        return TestWorkspaces.postgres(clock);
    }
}
