package com.custodia.persistence;

import com.custodia.domain.ConnectionProfile;
import com.custodia.domain.Progress;
import com.custodia.service.Services;
import com.custodia.support.TestWorkspaces;
import org.junit.jupiter.api.Tag;

/** The persistence contract against PostgreSQL, in a fresh schema per test. Required in CI. */
@Tag("postgres")
class PostgresPersistenceTest extends PersistenceContract {

    private ConnectionProfile.Server server;

    @Override
    protected Services create() {
        server = TestWorkspaces.freshPostgresSchema();
        return TestWorkspaces.workspaceService(clock)
                .initServer(server, TestWorkspaces.pgPassword(), TestWorkspaces.admin(), Progress.NONE);
    }

    @Override
    protected Services reopen() {
        services.close();
        return TestWorkspaces.workspaceService(clock).connect(server, TestWorkspaces.pgPassword(), Progress.NONE);
    }
}
