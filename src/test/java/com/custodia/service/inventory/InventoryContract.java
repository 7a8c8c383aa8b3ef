package com.custodia.service.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.custodia.domain.ChangeContext;
import com.custodia.domain.Person;
import com.custodia.domain.PersonKind;
import com.custodia.domain.Role;
import com.custodia.policy.DataCategory;
import com.custodia.service.Services;
import com.custodia.service.security.AccessDeniedException;
import com.custodia.support.MutableClock;
import com.custodia.support.PostgresSchemas;
import com.custodia.support.TestWorkspaces;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The data inventory against the real schema: no table that names a person may be missing
 * from it, so a new category cannot be forgotten by the access report.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class InventoryContract {

    protected final MutableClock clock = new MutableClock();
    private Services services;

    protected abstract Services create();

    @BeforeAll
    void open() {
        services = create();
    }

    @AfterAll
    void close() {
        if (services == null) {
            return;
        }
        var profile = services.profile();
        services.close();
        PostgresSchemas.drop(profile);
    }

    /** Tables of the current schema with a column of one of these names, lower case. */
    private Set<String> tablesWithColumn(Set<String> columns) {
        return services.database().fromConnection(c -> {
            Set<String> tables = new TreeSet<>();
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet rs = meta.getColumns(c.getCatalog(), c.getSchema(), "%", "%")) {
                while (rs.next()) {
                    String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    // Hibernate's own session-scoped scratch tables for bulk HQL on H2 hold nothing between statements
                    if (columns.contains(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT))
                            && !table.startsWith("hte_")) {
                        tables.add(table);
                    }
                }
            }
            return tables;
        });
    }

    @Test
    void everyTableThatNamesAPersonIsInTheInventory() {
        Set<String> naming = tablesWithColumn(Set.of("person_id", "survivor_id", "merged_id"));
        naming.add("person");

        assertThat(naming).as("the schema was read").contains("license", "web_visit", "consent", "change_record");
        assertThat(DataCategory.allTables()).containsAll(naming);
    }

    @Test
    void everyInventoryTableExistsInTheSchema() {
        Set<String> all = tablesWithColumn(Set.of("id", "seq", "person_id", "consent_id", "order_id"));
        assertThat(all).containsAll(DataCategory.allTables());
    }

    @Test
    void rowCountsAreLiveAndRolesComeFromThePermissionMatrix() {
        var officer = TestWorkspaces.principal(3, "olivia", Role.PRIVACY_OFFICER);
        long before = persons(services.inventory().inventory(officer));
        services.database().inTransaction(new ChangeContext("olivia", "test", clock.instant()),
                s -> s.persist(new Person(PersonKind.CUSTOMER, "Ada", "Lovelace", clock.instant())));

        List<InventoryEntry> inventory = services.inventory().inventory(officer);

        assertThat(persons(inventory)).isEqualTo(before + 1);
        assertThat(inventory).extracting(InventoryEntry::category).containsExactly(DataCategory.values());
        assertThat(inventory).filteredOn(e -> e.category() == DataCategory.ORDERS).singleElement()
                .satisfies(e -> assertThat(e.roles()).containsExactlyInAnyOrder(Role.SALES_REPRESENTATIVE,
                        Role.PRIVACY_OFFICER));
        assertThat(inventory).allSatisfy(e -> assertThat(e.rows().keySet()).containsExactlyElementsOf(e.tables()));
    }

    @Test
    void offlineReviewersCannotReadTheInventory() {
        assertThatThrownBy(() -> services.inventory().inventory(TestWorkspaces.principal(4, "rev", Role.OFFLINE_REVIEWER)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static long persons(List<InventoryEntry> inventory) {
        return inventory.stream().filter(e -> e.category() == DataCategory.IDENTITY).findFirst().orElseThrow()
                .rows().get("person");
    }
}
