package com.custodia.service.legal;

import com.custodia.service.Services;
import com.custodia.support.MutableClock;
import com.custodia.support.TestWorkspaces;
import java.nio.file.Path;

/** The legal-order round trip on an encrypted H2 workspace. */
class H2LegalOrderRoundTripTest extends LegalOrderRoundTripContract {

    @Override
    protected Services open(Path dir, MutableClock clock) {
        return TestWorkspaces.embedded(dir.resolve("ws"), clock);
    }
}
