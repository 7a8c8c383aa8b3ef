package com.custodia.service.requests;

import com.custodia.service.Services;
import com.custodia.support.MutableClock;
import com.custodia.support.TestWorkspaces;
import java.nio.file.Path;
import java.util.function.Function;
import org.junit.jupiter.api.io.TempDir;

/** Requests against an encrypted H2 workspace. */
class H2RequestsTest extends RequestsContract {

    @TempDir
    Path dir;

    @Override
    protected Function<MutableClock, Services> opener() {
        return clock -> TestWorkspaces.embedded(dir.resolve("ws"), clock);
    }
}
