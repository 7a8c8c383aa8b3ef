package com.custodia.service.communications;

import com.custodia.service.Services;
import com.custodia.support.TestWorkspaces;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * Email choices and points of contact on an encrypted H2 workspace. The workspace can be open in
 * one process only, so the second workstation is a second set of services over the same pool.
 */
class H2CommunicationsTest extends CommunicationsContract {

    @TempDir static Path dir;
    private Services services;

    @Override
    protected Services first() {
        services = TestWorkspaces.embedded(dir.resolve("ws"), clock);
        return services;
    }

    @Override
    protected Services second() {
        return services;
    }

    @Override
    protected void closeAll() {
        if (services != null) {
            services.close();
        }
    }
}
