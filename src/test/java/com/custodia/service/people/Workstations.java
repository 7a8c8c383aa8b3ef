package com.custodia.service.people;

import com.custodia.domain.ConnectionProfile;
import com.custodia.domain.Progress;
import com.custodia.domain.Role;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.support.MutableClock;
import com.custodia.support.TestWorkspaces;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Two workstations on one database for the people tests. On PostgreSQL they are two Services,
 * each with its own pool, over one fresh schema (dropped at the end). An embedded H2 workspace
 * can be open in one process only, so there the second workstation is a second set of services
 * over the same pool: separate sessions and connections, which is what optimistic locking sees.
 */
abstract class Workstations implements AutoCloseable {

    static final Principal SALES = TestWorkspaces.principal(1_001, "sam", Role.SALES_REPRESENTATIVE);
    static final Principal OFFICER = TestWorkspaces.principal(1_002, "olivia", Role.PRIVACY_OFFICER);

    final MutableClock clock = new MutableClock();

    abstract Services first();

    /** An editor as another workstation has it. */
    abstract PersonEditor secondEditor();

    static Workstations embedded(Path dir) {
        return new Workstations() {
            final Services services = TestWorkspaces.embedded(dir.resolve("ws"), clock);

            @Override
            Services first() {
                return services;
            }

            @Override
            PersonEditor secondEditor() {
                return new PersonEditor(services.database(), services.guard(), clock);
            }

            @Override
            public void close() {
                services.close();
            }
        };
    }

    static Workstations postgres() {
        return new Workstations() {
            final ConnectionProfile.Server server = TestWorkspaces.freshPostgresSchema();
            final Services one = TestWorkspaces.workspaceService(clock)
                    .initServer(server, TestWorkspaces.pgPassword(), TestWorkspaces.PASSPHRASE.toCharArray(),
                            TestWorkspaces.admin(), Progress.NONE);
            final Services two = TestWorkspaces.workspaceService(clock)
                    .connect(server, TestWorkspaces.pgPassword(), Progress.NONE);

            @Override
            Services first() {
                return one;
            }

            @Override
            PersonEditor secondEditor() {
                return two.personEditor();
            }

            @Override
            public void close() {
                try {
                    two.close();
                    one.close();
                } finally {
                    dropSchema(server.schema());
                }
            }
        };
    }

    private static void dropSchema(String schema) {
        String user = System.getenv().getOrDefault("CUSTODIA_TEST_PG_USER", "custodia_test");
        try (Connection c = DriverManager.getConnection(System.getenv("CUSTODIA_TEST_PG_URL"), user,
                new String(TestWorkspaces.pgPassword()));
             Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop test schema " + schema, e);
        }
    }

    @Override
    public abstract void close();
}
