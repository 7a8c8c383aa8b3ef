package com.custodia.service.partners;

import com.custodia.service.Services;
import com.custodia.support.MutableClock;
import com.custodia.support.TestWorkspaces;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;

/** Partner lookups, grants and share packages on PostgreSQL, in a fresh schema per test (PL/pgSQL triggers). */
@Tag("postgres")
class PostgresPartnerLookupTest extends PartnerLookupContract {

    @Override
    protected Services open(Path dir, MutableClock clock) {
        return TestWorkspaces.postgres(clock);
    }
}
