package com.custodia.service.partners;

import com.custodia.service.Services;
import com.custodia.support.MutableClock;
import com.custodia.support.TestWorkspaces;
import java.nio.file.Path;

/** Partner lookups, grants and share packages on an encrypted H2 workspace. */
class H2PartnerLookupTest extends PartnerLookupContract {

    @Override
    protected Services open(Path dir, MutableClock clock) {
        return TestWorkspaces.embedded(dir.resolve("ws"), clock);
    }
}
