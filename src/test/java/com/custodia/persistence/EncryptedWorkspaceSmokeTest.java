package com.custodia.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.service.Services;
import com.custodia.support.TestWorkspaces;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncryptedWorkspaceSmokeTest {
    @TempDir Path dir;

    @Test
    void createsAndSignsIn() {
        try (Services s = TestWorkspaces.embedded(dir.resolve("ws"), Clock.systemUTC())) {
            var result = s.auth().login("admin", TestWorkspaces.ADMIN_PASSWORD.toCharArray());
            assertThat(result.principal().username()).isEqualTo("admin");
        }
    }
}
