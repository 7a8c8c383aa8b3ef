package com.custodia.support;

import com.custodia.domain.Progress;
import com.custodia.persistence.Database;
import com.custodia.persistence.Workspaces;
import java.nio.file.Path;
import java.sql.Statement;

/**
 * Test-only: runs SQL on an embedded workspace behind the services' back, the way an intruder
 * with the passphrase and a SQL console would. The workspace must not be open elsewhere.
 */
public final class WorkspaceSql {

    private WorkspaceSql() {
    }

    /** Opens the workspace with the test passphrase, runs the statements in one transaction, closes it. */
    public static void run(Path workspace, String... statements) {
        try (Workspaces.Opened opened = Workspaces.openEmbedded(workspace, TestWorkspaces.PASSPHRASE.toCharArray(),
                Progress.NONE)) {
            Database database = opened.database();
            database.fromConnection(c -> {
                try (Statement st = c.createStatement()) {
                    for (String sql : statements) {
                        st.execute(sql);
                    }
                }
                return null;
            });
        }
    }
}
