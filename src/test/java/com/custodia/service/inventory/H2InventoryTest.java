package com.custodia.service.inventory;

import com.custodia.service.Services;
import com.custodia.support.TestWorkspaces;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The data inventory against an encrypted H2 workspace. */
class H2InventoryTest extends InventoryContract {

    @TempDir
    static Path dir;

    @Override
    protected Services create() {
        return TestWorkspaces.embedded(dir.resolve("ws"), clock);
    }
}
