package com.custodia.support;

import com.custodia.domain.ConnectionProfile;
import com.custodia.domain.Progress;
import com.custodia.domain.Role;
import com.custodia.service.Services;
import com.custodia.service.auth.PasswordHasher;
import com.custodia.service.auth.Principal;
import com.custodia.service.workspace.WorkspaceService;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Real databases for tests: encrypted H2 workspaces in a temporary folder, and PostgreSQL schemas
 * made fresh for each test class. PostgreSQL is found through {@code CUSTODIA_TEST_PG_URL}
 * (and {@code CUSTODIA_TEST_PG_USER}, {@code CUSTODIA_TEST_PG_PASSWORD}); when
 * {@code CUSTODIA_TEST_PG_REQUIRED=true} (as in CI) a missing server fails instead of skipping.
 */
public final class TestWorkspaces {

    public static final String PASSPHRASE = "correct horse battery staple";
    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "admin-password-1";
    /** Cheap hashing for tests that create many operators; the standard cost is tested separately. */
    public static final PasswordHasher FAST_HASHER = PasswordHasher.forTestsOnly(1_000);

    private TestWorkspaces() {
    }

    public static WorkspaceService workspaceService(Clock clock) {
        return new WorkspaceService(clock, FAST_HASHER, "test-workstation");
    }

    public static WorkspaceService.FirstAdministrator admin() {
        return new WorkspaceService.FirstAdministrator(ADMIN, "Test Administrator", ADMIN_PASSWORD.toCharArray());
    }

    /** A new encrypted H2 workspace with its first administrator. */
    public static Services embedded(Path folder, Clock clock) {
        return workspaceService(clock).createWorkspace(folder, PASSPHRASE.toCharArray(), admin(), Progress.NONE);
    }

    /** A fresh schema on the test PostgreSQL server with its first administrator, or a skip/fail. */
    public static Services postgres(Clock clock) {
        ConnectionProfile.Server server = freshPostgresSchema();
        return workspaceService(clock).initServer(server, pgPassword(), PASSPHRASE.toCharArray(), admin(), Progress.NONE);
    }

    public static boolean postgresRequired() {
        return "true".equalsIgnoreCase(System.getenv("CUSTODIA_TEST_PG_REQUIRED"));
    }

    /** Creates an empty schema and returns a profile pointing at it. */
    public static ConnectionProfile.Server freshPostgresSchema() {
        String url = System.getenv("CUSTODIA_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            if (postgresRequired()) {
                Assertions.fail("CUSTODIA_TEST_PG_REQUIRED is set but CUSTODIA_TEST_PG_URL is not");
            }
            Assumptions.abort("PostgreSQL tests skipped: set CUSTODIA_TEST_PG_URL (as .ci/run does) to run them");
        }
        String user = System.getenv().getOrDefault("CUSTODIA_TEST_PG_USER", "custodia_test");
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(url, user, new String(pgPassword()));
             Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            if (postgresRequired()) {
                Assertions.fail("PostgreSQL is required but not reachable: " + e.getMessage(), e);
            }
            Assumptions.abort("PostgreSQL not reachable, tests skipped: " + e.getMessage());
        }
        ConnectionProfile.Server base = ConnectionProfile.Server.fromJdbcUrl(url, user);
        return new ConnectionProfile.Server(base.host(), base.port(), base.database(), user, base.tls(), base.caFile(), schema);
    }

    public static char[] pgPassword() {
        return System.getenv().getOrDefault("CUSTODIA_TEST_PG_PASSWORD", "").toCharArray();
    }

    /**
     * Adds an operator who has already replaced the temporary password with {@code password}, so it
     * can sign in on the command line as well as in the console.
     */
    public static void addOperator(Services services, String name, Role role, String password) {
        Principal admin = services.auth().login(ADMIN, ADMIN_PASSWORD.toCharArray()).principal();
        String temporary = "temporary-password-1";
        services.operators().create(admin, name, name, Set.of(role), temporary.toCharArray());
        Principal operator = services.auth().login(name, temporary.toCharArray()).principal();
        services.auth().changePassword(operator, temporary.toCharArray(), password.toCharArray());
    }

    /** A principal with exactly these roles, for calling services directly. */
    public static Principal principal(long id, String name, Role... roles) {
        return new Principal(id, name, name, Set.of(roles));
    }
}
