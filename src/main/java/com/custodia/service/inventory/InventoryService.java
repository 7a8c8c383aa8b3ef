package com.custodia.service.inventory;

import com.custodia.persistence.Database;
import com.custodia.policy.DataCategory;
import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.service.security.AccessGuard;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data inventory (promise P8): every category of personal data from {@link DataCategory},
 * where it is stored, who may read it, why it is kept, and how many rows each of its tables
 * holds now. It holds no personal data itself, so anyone who works with persons may read it.
 */
public final class InventoryService {

    private final Database database;
    private final AccessGuard guard;

    public InventoryService(Database database, AccessGuard guard) {
        this.database = database;
        this.guard = guard;
    }

    /** Every category, in inventory order, with live row counts. */
    public List<InventoryEntry> inventory(Principal actor) {
        guard.require(actor, Permission.PERSON_VIEW_NAMES, "read the data inventory");
        Map<String, Long> counts = countRows();
        List<InventoryEntry> entries = new ArrayList<>();
        for (DataCategory c : DataCategory.values()) {
            Map<String, Long> rows = new LinkedHashMap<>();
            c.tables().forEach(t -> rows.put(t, counts.get(t)));
            entries.add(new InventoryEntry(c, c.title(), c.holds(), c.tables(), c.roles(), c.purpose(),
                    c.restriction(), Collections.unmodifiableMap(rows)));
        }
        return List.copyOf(entries);
    }

    private Map<String, Long> countRows() {
        return database.fromConnection(connection -> {
            Map<String, Long> counts = new HashMap<>();
            try (Statement st = connection.createStatement()) {
                for (String table : DataCategory.allTables()) {
                    // table names come from the fixed inventory, never from input
                    try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
                        rs.next();
                        counts.put(table, rs.getLong(1));
                    }
                }
            }
            return counts;
        });
    }
}
