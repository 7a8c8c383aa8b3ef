package com.custodia.service.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.ConnectionProfile;
import com.custodia.service.Services;
import com.custodia.support.TestWorkspaces;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Search and listings on PostgreSQL, in a fresh schema dropped afterwards. */
@Tag("postgres")
class PostgresPersonSearchTest extends PersonSearchContract {

    private String schema;

    @Override
    protected Services create() {
        Services created = TestWorkspaces.postgres(clock);
        schema = ((ConnectionProfile.Server) created.profile()).schema();
        return created;
    }

    @Override
    protected void afterClose() {
        try (Connection c = DriverManager.getConnection(System.getenv("CUSTODIA_TEST_PG_URL"),
                System.getenv().getOrDefault("CUSTODIA_TEST_PG_USER", "custodia_test"),
                new String(TestWorkspaces.pgPassword()));
             Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop the test schema " + schema, e);
        }
    }

    /**
     * Prefix ranges are prefix tests only in code-point order, whatever collation the server's
     * database was created with; V11 gives the key columns the "C" collation.
     */
    @Test
    void theSearchKeysCompareByCodePointWhateverTheDatabaseCollation() {
        Map<String, String> collations = services.database().fromConnection(c -> {
            Map<String, String> found = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT table_name || '.' || column_name, collation_name"
                    + " FROM information_schema.columns WHERE table_schema = ? AND column_name LIKE '%\\_key%'")) {
                ps.setString(1, schema);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        found.put(rs.getString(1), rs.getString(2));
                    }
                }
            }
            return found;
        });

        assertThat(collations).containsEntry("person.first_name_key", "C").containsEntry("person.last_name_key", "C")
                .containsEntry("person.company_key", "C").containsEntry("person.email_key", "C")
                .containsEntry("person.phone_key", "C").containsEntry("license.license_key_norm", "C");
    }
}
