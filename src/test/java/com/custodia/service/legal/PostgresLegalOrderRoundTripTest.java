package com.custodia.service.legal;

import com.custodia.service.Services;
import com.custodia.support.MutableClock;
import com.custodia.support.TestWorkspaces;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;

/** The legal-order round trip on PostgreSQL, in a fresh schema per test (BYTEA copies, PL/pgSQL triggers). */
@Tag("postgres")
class PostgresLegalOrderRoundTripTest extends LegalOrderRoundTripContract {

    @Override
    protected Services open(Path dir, MutableClock clock) {
        return TestWorkspaces.postgres(clock);
    }
}
