package com.custodia.service.people;

import com.custodia.service.Services;
import com.custodia.support.TestWorkspaces;
import org.junit.jupiter.api.Tag;

/** Person records on PostgreSQL. */
@Tag("postgres")
class PostgresPersonRecordsTest extends PersonRecordsContract {

    @Override
    protected Services create() {
        return TestWorkspaces.postgres(clock);
    }
}
