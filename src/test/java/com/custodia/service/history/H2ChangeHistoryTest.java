package com.custodia.service.history;

import com.custodia.service.Services;
import com.custodia.support.TestWorkspaces;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The change history on an encrypted H2 workspace. */
class H2ChangeHistoryTest extends ChangeHistoryContract {

    @TempDir
    Path dir;

    @Override
    protected Services create() {
        return TestWorkspaces.embedded(dir.resolve("ws"), clock);
    }
}
