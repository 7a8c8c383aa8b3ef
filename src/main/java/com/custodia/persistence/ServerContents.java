package com.custodia.persistence;

import com.custodia.domain.ConnectionProfile;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * What a PostgreSQL schema holds, found out before anything is written to it: connecting runs the
 * migrations and initialising creates tables, so both ask first and refuse a schema that holds
 * something else (decision 0029). {@code otherTables} names what a foreign schema holds.
 *
 * <p>It reads the catalogue ({@code pg_class}), not {@code information_schema}, because the latter
 * lists only tables the role may use: an application role with no grants yet would see an empty
 * schema where there is none.
 */
public record ServerContents(State state, String schema, List<String> otherTables) {

    /** The marks of a Custodia schema: Flyway's history and the workspace's identity. */
    private static final String HISTORY = "flyway_schema_history";
    private static final String IDENTITY = "workspace_info";

    public enum State {
        /** No table, view or sequence at all (or the schema does not exist yet). */
        EMPTY,
        /** Custodia's schema without any operator: an initialisation that stopped before its administrator. */
        NO_ADMINISTRATOR,
        /** Custodia's schema with operators: connect to it. */
        INITIALISED,
        /** Tables that are not Custodia's: leave them alone. */
        FOREIGN
    }

    public ServerContents {
        otherTables = List.copyOf(otherTables);
    }

    /** Whether initialising may go ahead here. */
    public boolean initialisable() {
        return state == State.EMPTY || state == State.NO_ADMINISTRATOR;
    }

    /**
     * Looks at the profile's schema (its {@code currentSchema}, else the role's default) over one
     * short connection; reads only. Connection failures come back as the same readable
     * {@link com.custodia.domain.DatabaseException} that opening the database would raise.
     */
    public static ServerContents inspect(ConnectionProfile.Server server, char[] password) {
        Properties login = new Properties();
        login.setProperty("user", server.user());
        if (password != null && password.length > 0) {
            login.setProperty("password", new String(password));
        }
        login.setProperty("connectTimeout", "10");
        login.setProperty("readOnly", "true");
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), login)) {
            String schema = schemaOf(connection, server);
            if (schema == null) {
                return new ServerContents(State.EMPTY, server.schema(), List.of());
            }
            List<String> relations = relations(connection, schema);
            if (relations.isEmpty()) {
                return new ServerContents(State.EMPTY, schema, List.of());
            }
            if (!relations.contains(HISTORY) || !relations.contains(IDENTITY)) {
                return new ServerContents(State.FOREIGN, schema, relations);
            }
            return new ServerContents(hasOperators(connection, schema) ? State.INITIALISED : State.NO_ADMINISTRATOR,
                    schema, List.of());
        } catch (SQLException e) {
            throw Database.translate(server, e);
        }
    }

    /** The schema named by the profile, else the one the role lands in; null when there is none. */
    private static String schemaOf(Connection connection, ConnectionProfile.Server server) throws SQLException {
        if (server.schema() != null && !server.schema().isBlank()) {
            return server.schema();
        }
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT current_schema()")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static List<String> relations(Connection connection, String schema) throws SQLException {
        // tables, partitioned tables, views, materialised views, foreign tables and sequences
        try (PreparedStatement select = connection.prepareStatement("SELECT c.relname FROM pg_catalog.pg_class c "
                + "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                + "WHERE n.nspname = ? AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S') ORDER BY c.relname")) {
            select.setString(1, schema);
            List<String> names = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            return names;
        }
    }

    private static boolean hasOperators(Connection connection, String schema) throws SQLException {
        String table = '"' + schema.replace("\"", "\"\"") + "\".operator";
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT EXISTS (SELECT 1 FROM " + table + ")")) {
            return rs.next() && rs.getBoolean(1);
        }
    }
}
