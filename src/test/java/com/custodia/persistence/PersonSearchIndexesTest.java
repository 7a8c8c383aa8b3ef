package com.custodia.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.Progress;
import com.custodia.support.TestWorkspaces;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bulk-load index strategy: what it drops comes back, at the end of the load or at the next open. */
class PersonSearchIndexesTest {

    @TempDir
    Path dir;

    private static int cacheMb(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.CACHE_MAX_SIZE'")) {
            rs.next();
            return Integer.parseInt(rs.getString(1));
        }
    }

    private static List<String> missing(Database db) {
        return db.fromConnection(c -> PersonSearchIndexes.missing(c, "person"));
    }

    @Test
    void suspendDropsTheIndexesAndRaisesTheCacheAndResumeUndoesBoth() {
        Path ws = dir.resolve("ws");
        TestWorkspaces.embedded(ws, java.time.Clock.systemUTC()).close();
        try (Workspaces.Opened opened = Workspaces.openEmbedded(ws, TestWorkspaces.PASSPHRASE.toCharArray(),
                Progress.NONE)) {
            Database db = opened.database();
            int before = db.fromConnection(PersonSearchIndexesTest::cacheMb);
            PersonSearchIndexes.Suspension s = db.fromConnection(c -> PersonSearchIndexes.suspend(c, "person"));
            assertThat(missing(db)).hasSize(5);
            assertThat(db.fromConnection(PersonSearchIndexesTest::cacheMb)).isGreaterThan(before);

            db.fromConnection(c -> {
                PersonSearchIndexes.resume(c, s, Progress.NONE);
                return null;
            });

            assertThat(missing(db)).isEmpty();
            assertThat(db.fromConnection(PersonSearchIndexesTest::cacheMb)).isEqualTo(before);
        }
    }

    @Test
    void theNextOpenBuildsWhatAKilledLoadLeftOutAndSetsTheCacheBack() {
        Path ws = dir.resolve("ws");
        TestWorkspaces.embedded(ws, java.time.Clock.systemUTC()).close();
        try (Workspaces.Opened opened = Workspaces.openEmbedded(ws, TestWorkspaces.PASSPHRASE.toCharArray(),
                Progress.NONE)) {
            // as a process killed in the middle of its load leaves it: no resume
            opened.database().fromConnection(c -> PersonSearchIndexes.suspend(c, "person"));
        }

        try (Workspaces.Opened opened = Workspaces.openEmbedded(ws, TestWorkspaces.PASSPHRASE.toCharArray(),
                Progress.NONE)) {
            List<String> missing = opened.database().fromConnection(c -> PersonSearchIndexes.missing(c, "person"));
            assertThat(missing).isEmpty();
            assertThat(opened.database().fromConnection(PersonSearchIndexesTest::cacheMb))
                    .isEqualTo(PersonSearchIndexes.DEFAULT_CACHE_KB / 1024);
        }
    }
}
