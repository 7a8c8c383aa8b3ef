package com.custodia.support;

import com.custodia.domain.ConnectionProfile;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Drops the throw-away schemas that {@link TestWorkspaces#freshPostgresSchema()} made, once a test is done with them. */
public final class PostgresSchemas {

    private PostgresSchemas() {
    }

    /** Drops the schema of a test profile (only names starting with {@code t_}); does nothing for other profiles. */
    public static void drop(ConnectionProfile profile) {
        if (!(profile instanceof ConnectionProfile.Server server) || server.schema() == null
                || !server.schema().matches("t_[a-z0-9]+")) {
            return;
        }
        String url = System.getenv("CUSTODIA_TEST_PG_URL");
        String user = System.getenv().getOrDefault("CUSTODIA_TEST_PG_USER", "custodia_test");
        try (Connection c = DriverManager.getConnection(url, user, new String(TestWorkspaces.pgPassword()));
             Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + server.schema() + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop the test schema " + server.schema(), e);
        }
    }
}
