package com.custodia.service.history;

import com.custodia.service.Services;
import com.custodia.support.TestWorkspaces;
import org.junit.jupiter.api.Tag;

/** The change history on PostgreSQL, in a fresh schema per test. */
@Tag("postgres")
class PostgresChangeHistoryTest extends ChangeHistoryContract {

    @Override
    protected Services create() {
        return TestWorkspaces.postgres(clock);
    }
}
