package com.custodia.service.people;

import com.custodia.service.Services;
import com.custodia.support.TestWorkspaces;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Account owners on an encrypted H2 workspace. */
class H2AccountOwnersTest extends AccountOwnersContract {

    @TempDir
    Path dir;

    @Override
    protected Services create() {
        return TestWorkspaces.embedded(dir.resolve("ws"), clock);
    }
}
