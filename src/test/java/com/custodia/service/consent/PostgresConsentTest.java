package com.custodia.service.consent;

import com.custodia.service.Services;
import com.custodia.support.MutableClock;
import com.custodia.support.TestWorkspaces;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;

/** Consents, receipts, campaigns and statements on PostgreSQL (BYTEA evidence, the same V13), in a fresh schema per test. */
@Tag("postgres")
class PostgresConsentTest extends ConsentContract {

    @Override
    protected Services open(Path dir, MutableClock clock) {
        return TestWorkspaces.postgres(clock);
    }
}
