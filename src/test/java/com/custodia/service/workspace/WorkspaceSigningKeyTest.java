package com.custodia.service.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.custodia.domain.Progress;
import com.custodia.ledger.KeyFile;
import com.custodia.ledger.SigningKey;
import com.custodia.domain.DatabaseException;
import com.custodia.persistence.WorkspaceFile;
import com.custodia.service.Services;
import com.custodia.service.settings.AppDirs;
import com.custodia.support.TestWorkspaces;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The signing key is unlocked on a thread of its own while the workspace opens: the key found is
 * the one the workspace registered, and every refusal is the one an open one after the other gave.
 */
class WorkspaceSigningKeyTest {

    @TempDir Path dir;

    private WorkspaceService service() {
        return new WorkspaceService(Clock.systemUTC(), TestWorkspaces.FAST_HASHER, "key-test",
                new AppDirs(dir.resolve("config"), dir.resolve("data")));
    }

    private Path created() {
        Path folder = dir.resolve("ws");
        service().createWorkspace(folder, TestWorkspaces.PASSPHRASE.toCharArray(), TestWorkspaces.admin(),
                Progress.NONE).close();
        return folder;
    }

    private Path keyFile(Path folder) throws Exception {
        return dir.resolve("config").resolve("keys").resolve(WorkspaceFile.read(folder).id() + ".json");
    }

    @Test
    void anOpenUnlocksTheKeyTheWorkspaceRegisteredAndSignsWithIt() throws Exception {
        Path folder = created();
        String fingerprint = WorkspaceFile.read(folder).publicKeyFingerprint();

        for (int i = 0; i < 3; i++) {
            try (Services services = service().openWorkspace(folder, TestWorkspaces.PASSPHRASE.toCharArray(),
                    Progress.NONE)) {
                assertThat(services.ledger().keyFingerprint()).isEqualTo(fingerprint);
            }
        }
    }

    @Test
    void aKeyFileUnderAnotherPassphraseIsNamedAsSuchAndTheWorkspaceIsLeftClosed() throws Exception {
        Path folder = created();
        SigningKey key = KeyFile.read(keyFile(folder), TestWorkspaces.PASSPHRASE.toCharArray());
        // a key file is never overwritten in place
        Files.delete(keyFile(folder));
        KeyFile.write(keyFile(folder), key, "another passphrase entirely".toCharArray());

        assertThatThrownBy(() -> service().openWorkspace(folder, TestWorkspaces.PASSPHRASE.toCharArray(),
                Progress.NONE)).isInstanceOf(WrongKeyPassphraseException.class);
        // closed again: the next open is not refused by the file lock
        Files.delete(keyFile(folder));
        KeyFile.write(keyFile(folder), key, TestWorkspaces.PASSPHRASE.toCharArray());
        service().openWorkspace(folder, TestWorkspaces.PASSPHRASE.toCharArray(), Progress.NONE).close();
    }

    @Test
    void aWrongWorkspacePassphraseIsStillAWrongPassphrase() {
        Path folder = created();

        assertThatThrownBy(() -> service().openWorkspace(folder, "not the passphrase at all".toCharArray(),
                Progress.NONE)).isInstanceOfSatisfying(DatabaseException.class,
                        e -> assertThat(e.reason()).isEqualTo(DatabaseException.Reason.WRONG_PASSPHRASE));
    }
}
