package com.custodia.service.ledger;

import com.custodia.service.Services;
import com.custodia.support.TestWorkspaces;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The ledger screen's queries on an encrypted H2 workspace. */
class H2LedgerReaderTest extends LedgerReaderContract {

    @TempDir
    Path dir;

    @Override
    protected Services create() {
        return TestWorkspaces.embedded(dir.resolve("ws"), clock);
    }
}
