package com.custodia.service.consent;

import com.custodia.service.Services;
import com.custodia.support.MutableClock;
import com.custodia.support.TestWorkspaces;
import java.nio.file.Path;

/** Consents, receipts, campaigns and statements on an encrypted H2 workspace. */
class H2ConsentTest extends ConsentContract {

    @Override
    protected Services open(Path dir, MutableClock clock) {
        return TestWorkspaces.embedded(dir.resolve("ws"), clock);
    }
}
