package com.custodia.persistence.filecrypt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole H2 databases: one made with {@code CIPHER=AES} opens through our file system, and back. */
class EncryptedFilePathTest {

    private static final String FILE_PASSWORD = "6f1c0de2a9b34e77c1d8a0f5e2b94c3d";
    private static final String CANARY = "canary.mail@example.org";

    @TempDir
    Path dir;

    @Test
    void aDatabaseMadeWithH2sCipherOpensThroughOurFilesAndStillOpensWithH2sAfterwards() throws SQLException {
        String base = dir.resolve("db").toString();
        try (Connection c = h2Cipher(base)) {
            create(c, 0, 2_000);
        }
        String path = EncryptedFilePath.register(EncryptedFilePath.passwordBytes(FILE_PASSWORD.toCharArray()), base);
        try (Connection c = ours(path)) {
            assertThat(rows(c)).hasSize(2_000).first().isEqualTo("0:" + CANARY);
            insert(c, 2_000, 3_000);
        } finally {
            EncryptedFilePath.forget(path);
        }
        try (Connection c = h2Cipher(base)) {
            List<String> rows = rows(c);
            assertThat(rows).hasSize(3_000).last().isEqualTo("2999:" + CANARY);
        }
    }

    @Test
    void aDatabaseMadeThroughOurFilesOpensWithH2sCipherAndHoldsNoPlainText() throws Exception {
        String base = dir.resolve("ours").toString();
        String path = EncryptedFilePath.register(EncryptedFilePath.passwordBytes(FILE_PASSWORD.toCharArray()), base);
        try (Connection c = ours(path)) {
            create(c, 0, 5_000);
            try (Statement st = c.createStatement()) {
                // a result large enough to spill into a temporary file under the same path
                st.execute("SET MAX_MEMORY_ROWS 100");
                try (ResultSet rs = st.executeQuery("SELECT id, mail FROM t ORDER BY mail DESC, id")) {
                    int n = 0;
                    while (rs.next()) {
                        n++;
                    }
                    assertThat(n).isEqualTo(5_000);
                }
            }
        } finally {
            EncryptedFilePath.forget(path);
        }
        byte[] disk = Files.readAllBytes(Path.of(base + ".mv.db"));
        assertThat(new String(disk, StandardCharsets.ISO_8859_1)).doesNotContain("canary.mail");
        try (Connection c = h2Cipher(base)) {
            assertThat(rows(c)).hasSize(5_000);
        }
    }

    @Test
    void aForgottenKeyOpensNothing() {
        String base = dir.resolve("forgotten").toString();
        String path = EncryptedFilePath.register(EncryptedFilePath.passwordBytes(FILE_PASSWORD.toCharArray()), base);
        EncryptedFilePath.forget(path);
        assertThatThrownBy(() -> ours(path).close()).isInstanceOf(SQLException.class);
        assertThat(Files.exists(Path.of(base + ".mv.db"))).isFalse();
    }

    @Test
    void theStoreHeaderTellsTheRightKeyFromAWrongOne() throws SQLException {
        String base = dir.resolve("header").toString();
        try (Connection c = h2Cipher(base)) {
            create(c, 0, 10);
        }
        Path file = Path.of(base + ".mv.db");
        assertThat(StoreHeader.opensWith(file, EncryptedFilePath.passwordBytes(FILE_PASSWORD.toCharArray()))).isTrue();
        assertThat(StoreHeader.opensWith(file, EncryptedFilePath.passwordBytes("0000".toCharArray()))).isFalse();
    }

    private static Connection h2Cipher(String base) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + base + ";CIPHER=AES", "sa", FILE_PASSWORD + " user");
    }

    private static Connection ours(String path) throws SQLException {
        return DriverManager.getConnection("jdbc:h2:" + path, "sa", "user");
    }

    private static void create(Connection c, int from, int to) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (id INT PRIMARY KEY, mail VARCHAR(100))");
        }
        insert(c, from, to);
    }

    private static void insert(Connection c, int from, int to) throws SQLException {
        try (var insert = c.prepareStatement("INSERT INTO t VALUES (?, ?)")) {
            for (int i = from; i < to; i++) {
                insert.setInt(1, i);
                insert.setString(2, CANARY);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static List<String> rows(Connection c) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, mail FROM t ORDER BY id")) {
            while (rs.next()) {
                rows.add(rs.getInt(1) + ":" + rs.getString(2));
            }
        }
        return rows;
    }
}
