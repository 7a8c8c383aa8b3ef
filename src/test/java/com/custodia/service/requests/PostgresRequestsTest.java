package com.custodia.service.requests;

import com.custodia.service.Services;
import com.custodia.support.MutableClock;
import com.custodia.support.TestWorkspaces;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;

/** Requests against PostgreSQL: the schema, the triggers and the report's reads on the server engine. */
@Tag("postgres")
class PostgresRequestsTest extends RequestsContract {

    @Override
    protected Function<MutableClock, Services> opener() {
        return TestWorkspaces::postgres;
    }
}
