package com.custodia.service.people;

import com.custodia.service.Services;
import com.custodia.support.TestWorkspaces;
import org.junit.jupiter.api.Tag;

/** Account owners on PostgreSQL, in a fresh schema: the foreign key and the row lock on that engine. */
@Tag("postgres")
class PostgresAccountOwnersTest extends AccountOwnersContract {

    @Override
    protected Services create() {
        return TestWorkspaces.postgres(clock);
    }
}
