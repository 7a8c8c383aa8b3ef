package com.custodia.support;

import com.custodia.domain.ConnectionProfile;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Drops the throw-away schemas that {@link TestWorkspaces#freshPostgresSchema()} made, once a test
 * is done with them; and looks at or changes them behind the services' back, as a test must to
 * see that nothing was written.
 */
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

    /** The names of the tables, views and sequences in the profile's schema, sorted. */
    public static List<String> relations(ConnectionProfile.Server server) {
        try (Connection c = connect(server); PreparedStatement select = c.prepareStatement(
                "SELECT c.relname FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                        + "WHERE n.nspname = ? AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S') ORDER BY c.relname")) {
            select.setString(1, server.schema());
            List<String> names = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not list the test schema " + server.schema(), e);
        }
    }

    /** The number of rows of a table in the profile's schema. */
    public static long count(ConnectionProfile.Server server, String table) {
        try (Connection c = connect(server); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + server.schema() + "." + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count " + table + " in " + server.schema(), e);
        }
    }

    /** Runs statements in the profile's schema as the test role. */
    public static void execute(ConnectionProfile.Server server, String... statements) {
        try (Connection c = connect(server); Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run SQL in " + server.schema(), e);
        }
    }

    private static Connection connect(ConnectionProfile.Server server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), server.user(), new String(TestWorkspaces.pgPassword()));
    }
}
