package com.custodia.service.inventory;

import com.custodia.domain.Role;
import com.custodia.policy.DataCategory;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One category of the data inventory with the rows it holds now.
 *
 * @param roles       the roles that may read it (from the permission matrix)
 * @param restriction how it is further limited (masking, partial view), or null
 * @param rows        rows per table, in the order of {@code tables}
 */
public record InventoryEntry(DataCategory category, String title, String holds, List<String> tables,
                             Set<Role> roles, String purpose, String restriction, Map<String, Long> rows) {
}
