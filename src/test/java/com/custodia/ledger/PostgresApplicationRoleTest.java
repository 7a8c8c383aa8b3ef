package com.custodia.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.custodia.domain.ConnectionProfile;
import com.custodia.domain.LegalBasis;
import com.custodia.domain.Progress;
import com.custodia.domain.RecipientKind;
import com.custodia.service.Services;
import com.custodia.support.MutableClock;
import com.custodia.support.TestWorkspaces;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL the application role cannot change ledger rows even with the triggers out of the
 * way: the privileges script it is given grants no UPDATE, DELETE or TRUNCATE on them.
 * Needs {@code CUSTODIA_TEST_PG_APP_USER} (a second login role; .ci/run makes one).
 */
@Tag("postgres")
class PostgresApplicationRoleTest {

    @Test
    void theApplicationRoleAppendsButCannotChangeLedgerRows() throws Exception {
        MutableClock clock = new MutableClock();
        ConnectionProfile.Server owner = TestWorkspaces.freshPostgresSchema();
        String appUser = System.getenv("CUSTODIA_TEST_PG_APP_USER");
        if (appUser == null || appUser.isBlank()) {
            if (TestWorkspaces.postgresRequired()) {
                throw new AssertionError("CUSTODIA_TEST_PG_APP_USER is required when PostgreSQL tests are required");
            }
            Assumptions.abort("set CUSTODIA_TEST_PG_APP_USER to check the application role's privileges");
        }
        char[] appPassword = System.getenv().getOrDefault("CUSTODIA_TEST_PG_APP_PASSWORD", "").toCharArray();
        try (Services services = TestWorkspaces.workspaceService(clock).initServer(owner, TestWorkspaces.pgPassword(),
                TestWorkspaces.PASSPHRASE.toCharArray(), TestWorkspaces.admin(), Progress.NONE)) {
            services.ledger().append(draft());
        }
        try (Connection c = DriverManager.getConnection(owner.jdbcUrl(), owner.user(), new String(TestWorkspaces.pgPassword()));
             Statement st = c.createStatement()) {
            for (String line : grants().split("\n")) {
                if (!line.isBlank() && !line.startsWith("--")) {
                    st.execute(line.replace(":schema", owner.schema()).replace(":app_role", appUser));
                }
            }
        }

        ConnectionProfile.Server app = new ConnectionProfile.Server(owner.host(), owner.port(), owner.database(), appUser,
                owner.tls(), owner.caFile(), owner.schema());
        try (Services services = TestWorkspaces.workspaceService(clock).connect(app, appPassword,
                TestWorkspaces.PASSPHRASE.toCharArray(), Progress.NONE)) {
            services.ledger().append(draft());
            assertThat(services.ledger().store().head().size()).isEqualTo(2);
        }
        try (Connection c = DriverManager.getConnection(app.jdbcUrl(), appUser, new String(appPassword));
             Statement st = c.createStatement()) {
            for (String attack : List.of("ALTER TABLE ledger_record DISABLE TRIGGER USER",
                    "UPDATE ledger_record SET channel = 'x' WHERE seq = 0",
                    "DELETE FROM ledger_record WHERE seq = 0",
                    "UPDATE ledger_text SET text = 'x'",
                    "DELETE FROM ledger_text",
                    "TRUNCATE ledger_entry_person")) {
                assertThatThrownBy(() -> st.execute(attack)).as(attack).isInstanceOf(SQLException.class)
                        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isIn("42501", "42P01"));
            }
        }
    }

    private static EntryDraft draft() {
        return new EntryDraft("officer", Set.of("PRIVACY_OFFICER"), RecipientKind.INTERNAL, "Audit", null,
                LegalBasis.INTERNAL_USE, null, Set.of(1L), List.of("contact"), List.of("email"), "review", "screen",
                "00".repeat(32), null, null);
    }

    private static String grants() throws IOException {
        try (InputStream in = PostgresApplicationRoleTest.class.getResourceAsStream("/db/roles/postgresql-application-role.sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
