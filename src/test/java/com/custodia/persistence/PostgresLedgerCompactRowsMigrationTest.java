package com.custodia.persistence;

import com.custodia.domain.ConnectionProfile;
import com.custodia.support.TestWorkspaces;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;

/** {@link LedgerCompactRowsMigrationTest} on PostgreSQL: V17's own copy of the old rows, in a fresh schema. */
@Tag("postgres")
class PostgresLedgerCompactRowsMigrationTest extends LedgerCompactRowsMigrationTest {

    private ConnectionProfile.Server server;

    @BeforeEach
    void freshSchema() {
        server = TestWorkspaces.freshPostgresSchema();
    }

    @Override
    protected String url() {
        return server.jdbcUrl();
    }

    @Override
    protected String user() {
        return server.user();
    }

    @Override
    protected String password() {
        return new String(TestWorkspaces.pgPassword());
    }

    @Override
    protected String vendor() {
        return "postgresql";
    }

    @Override
    protected String schema() {
        return server.schema();
    }

    @Override
    protected ConnectionProfile profile() {
        return server;
    }
}
