package com.custodia.service.people.importing;

import com.custodia.domain.ConnectionProfile;
import com.custodia.service.Services;
import com.custodia.support.MutableClock;
import com.custodia.support.TestWorkspaces;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;

/** The import contract on PostgreSQL, in a fresh schema per test that is dropped afterwards. */
@Tag("postgres")
class PostgresPersonImportTest extends PersonImportContract {

    private ConnectionProfile.Server server;

    @Override
    protected Services open(Path dir, MutableClock clock) {
        server = TestWorkspaces.freshPostgresSchema();
        return TestWorkspaces.workspaceService(clock).initServer(server, TestWorkspaces.pgPassword(),
                TestWorkspaces.PASSPHRASE.toCharArray(), TestWorkspaces.admin(), com.custodia.domain.Progress.NONE);
    }

    @AfterEach
    void dropSchema() throws SQLException {
        if (server == null) {
            return;
        }
        f.services.close();
        f = null;
        try (var c = DriverManager.getConnection(System.getenv("CUSTODIA_TEST_PG_URL"), server.user(),
                new String(TestWorkspaces.pgPassword())); var st = c.createStatement()) {
            st.execute("DROP SCHEMA " + server.schema() + " CASCADE");
        }
    }
}
