package com.custodia.service.inventory;

import com.custodia.service.Services;
import com.custodia.support.TestWorkspaces;
import org.junit.jupiter.api.Tag;

/** The data inventory against PostgreSQL. */
@Tag("postgres")
class PostgresInventoryTest extends InventoryContract {

    @Override
    protected Services create() {
        return TestWorkspaces.postgres(clock);
    }
}
