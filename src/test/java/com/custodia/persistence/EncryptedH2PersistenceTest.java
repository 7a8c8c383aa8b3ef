package com.custodia.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.custodia.domain.DatabaseException;
import com.custodia.domain.PersonKind;
import com.custodia.domain.Progress;
import com.custodia.domain.Role;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.service.people.NewPerson;
import com.custodia.support.TestWorkspaces;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The persistence contract on an encrypted H2 file, plus what only the embedded engine has. */
class EncryptedH2PersistenceTest extends PersistenceContract {

    @TempDir
    Path dir;

    private Path workspace() {
        return dir.resolve("workspace");
    }

    @Override
    protected Services create() {
        return TestWorkspaces.embedded(workspace(), clock);
    }

    @Override
    protected Services reopen() {
        services.close();
        return TestWorkspaces.workspaceService(clock)
                .openWorkspace(workspace(), TestWorkspaces.PASSPHRASE.toCharArray(), Progress.NONE);
    }

    @Test
    void canaryEmailWrittenThroughTheServicesIsNotInTheFileBytes() throws Exception {
        String canary = "canary-7f3a9c1e@custodia-test.example";
        Principal officer = TestWorkspaces.principal(99, "officer", Role.PRIVACY_OFFICER);
        long id = services.people().create(officer, new NewPerson(PersonKind.CUSTOMER, "Canary", "Bird", "Mine Ltd",
                canary, null, null, null, null, "GB", "en"));
        assertThat(services.people().emailOf(officer, id)).isEqualTo(canary);
        services.close();
        services = null;

        byte[] bytes = Files.readAllBytes(workspace().resolve("custodia.mv.db"));
        assertThat(bytes.length).isGreaterThan(4096);
        assertThat(indexOf(bytes, canary.getBytes(StandardCharsets.UTF_8))).isEqualTo(-1);
        assertThat(indexOf(bytes, canary.getBytes(StandardCharsets.UTF_16LE))).isEqualTo(-1);
        assertThat(indexOf(bytes, "CREATE TABLE".getBytes(StandardCharsets.UTF_8)))
                .as("even the schema is unreadable without the key").isEqualTo(-1);
    }

    @Test
    void wrongPassphraseIsRefusedWithAReadableMessage() {
        services.close();
        services = null;
        assertThatThrownBy(() -> TestWorkspaces.workspaceService(clock)
                .openWorkspace(workspace(), "not the passphrase".toCharArray(), Progress.NONE))
                .isInstanceOf(DatabaseException.class)
                .hasMessage("Wrong passphrase.")
                .satisfies(e -> assertThat(((DatabaseException) e).reason()).isEqualTo(DatabaseException.Reason.WRONG_PASSPHRASE));
        // the right one still opens it: the failed attempt changed nothing
        services = reopenFromClosed();
        assertThat(signInAsAdmin().username()).isEqualTo("admin");
    }

    @Test
    void aWorkspaceStaysReadableByH2sOwnCipherAndWhatThatWritesOpensHereAgain() throws Exception {
        services.close();
        services = null;
        // how workspaces were opened before Custodia read them through its own file layer
        WorkspaceFile file = WorkspaceFile.read(workspace());
        byte[] key = PassphraseKdf.derive(TestWorkspaces.PASSPHRASE.toCharArray(),
                java.util.Base64.getDecoder().decode(file.kdf().salt()), file.kdf().iterations(), 64);
        String url = "jdbc:h2:file:" + workspace().resolve(WorkspaceFile.DATABASE_NAME) + ";CIPHER=AES;IFEXISTS=TRUE";
        try (var c = java.sql.DriverManager.getConnection(url, "custodia",
                PassphraseKdf.hex(key, 0, 32) + " " + PassphraseKdf.hex(key, 32, 64));
                var st = c.createStatement()) {
            try (var rs = st.executeQuery("SELECT username FROM operator ORDER BY id")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("admin");
            }
            st.execute("UPDATE operator SET display_name = 'Written by H2 itself' WHERE username = 'admin'");
        }
        services = reopenFromClosed();
        assertThat(signInAsAdmin().displayName()).isEqualTo("Written by H2 itself");
    }

    @Test
    void aDamagedStoreIsNotCalledAWrongPassphrase() throws Exception {
        services.close();
        services = null;
        Path store = workspace().resolve("custodia.mv.db");
        byte[] bytes = Files.readAllBytes(store);
        // overwrite everything after the encryption header and the first content sector
        java.util.Arrays.fill(bytes, 8192, bytes.length, (byte) 0x5a);
        Files.write(store, bytes);
        assertThatThrownBy(() -> TestWorkspaces.workspaceService(clock)
                .openWorkspace(workspace(), TestWorkspaces.PASSPHRASE.toCharArray(), Progress.NONE))
                .isInstanceOf(DatabaseException.class)
                .satisfies(e -> assertThat(((DatabaseException) e).reason()).isNotEqualTo(DatabaseException.Reason.WRONG_PASSPHRASE));
    }

    @Test
    void workspaceJsonHoldsTheKdfParametersAndNoSecret() throws Exception {
        String json = Files.readString(workspace().resolve("workspace.json"));
        WorkspaceFile file = WorkspaceFile.read(workspace());
        assertThat(file.kdf().iterations()).isGreaterThanOrEqualTo(600_000);
        assertThat(file.kdf().algorithm()).isEqualTo("PBKDF2WithHmacSHA256");
        assertThat(java.util.Base64.getDecoder().decode(file.kdf().salt())).hasSize(16);
        assertThat(file.id()).isEqualTo(services.info().id());
        assertThat(json).doesNotContain(TestWorkspaces.PASSPHRASE).doesNotContain(TestWorkspaces.ADMIN_PASSWORD);
    }

    @Test
    void aSecondWorkspaceIsNotCreatedOverAnExistingOne() {
        assertThatThrownBy(() -> TestWorkspaces.embedded(workspace(), clock))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not empty");
    }

    @Test
    void aFolderWithoutWorkspaceIsNamedAsSuch() {
        assertThatThrownBy(() -> TestWorkspaces.workspaceService(clock)
                .openWorkspace(dir.resolve("elsewhere"), "whatever-passphrase".toCharArray(), Progress.NONE))
                .isInstanceOf(DatabaseException.class)
                .satisfies(e -> assertThat(((DatabaseException) e).reason()).isEqualTo(DatabaseException.Reason.NOT_A_WORKSPACE));
    }

    private Services reopenFromClosed() {
        return TestWorkspaces.workspaceService(clock)
                .openWorkspace(workspace(), TestWorkspaces.PASSPHRASE.toCharArray(), Progress.NONE);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
