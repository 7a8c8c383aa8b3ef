package com.custodia.service.people.importing;

import com.custodia.service.Services;
import com.custodia.support.MutableClock;
import com.custodia.support.TestWorkspaces;
import java.nio.file.Path;

/** The import contract on an encrypted embedded workspace. */
class H2PersonImportTest extends PersonImportContract {

    @Override
    protected Services open(Path dir, MutableClock clock) {
        return TestWorkspaces.embedded(dir.resolve("ws"), clock);
    }
}
