package com.custodia.service.communications;

import com.custodia.domain.Progress;
import com.custodia.domain.ConnectionProfile;
import com.custodia.service.Services;
import com.custodia.support.PostgresSchemas;
import com.custodia.support.TestWorkspaces;
import org.junit.jupiter.api.Tag;

/** Email choices and points of contact on PostgreSQL: two workstations, each with its own pool. */
@Tag("postgres")
class PostgresCommunicationsTest extends CommunicationsContract {

    private ConnectionProfile.Server server;
    private Services one;
    private Services two;

    @Override
    protected Services first() {
        server = TestWorkspaces.freshPostgresSchema();
        one = TestWorkspaces.workspaceService(clock).initServer(server, TestWorkspaces.pgPassword(),
                TestWorkspaces.PASSPHRASE.toCharArray(), TestWorkspaces.admin(), Progress.NONE);
        return one;
    }

    @Override
    protected Services second() {
        two = TestWorkspaces.workspaceService(clock).connect(server, TestWorkspaces.pgPassword(), Progress.NONE);
        return two;
    }

    @Override
    protected void closeAll() {
        try {
            if (two != null) {
                two.close();
            }
            if (one != null) {
                one.close();
            }
        } finally {
            PostgresSchemas.drop(server);
        }
    }
}
