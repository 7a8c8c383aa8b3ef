package com.custodia.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.Progress;
import com.custodia.service.Services;
import com.custodia.support.TestWorkspaces;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tamper matrix on an encrypted H2 workspace, plus a real restore of an older database file. */
class H2LedgerTamperTest extends LedgerTamperContract {

    @TempDir
    Path dir;

    @Override
    protected Services create() {
        return TestWorkspaces.embedded(dir.resolve("ws"), clock);
    }

    @Override
    protected void disableTriggers(Statement st) throws SQLException {
        for (String table : new String[] {"ledger_record", "ledger_text", "ledger_entry_person", "ledger_checkpoint"}) {
            st.execute("DROP TRIGGER IF EXISTS " + table + "_append_only");
        }
    }

    @Test
    void restoringAnOlderCopyOfTheDatabaseFileIsCaught() throws Exception {
        Path ws = dir.resolve("ws");
        services.close();
        Path saved = dir.resolve("older.mv.db");
        Files.copy(ws.resolve("custodia.mv.db"), saved);
        services = reopen(ws);
        append(150);
        services.close();
        Files.copy(saved, ws.resolve("custodia.mv.db"), StandardCopyOption.REPLACE_EXISTING);
        services = reopen(ws);

        // the database is whole in itself; only the anchor files outside it know better
        assertTampered(verify(), 250, TamperKind.TRUNCATED);
        append(160);
        assertTampered(verify(), 300, TamperKind.FORKED);
        assertThat(services.info().id()).isNotBlank();
    }

    private Services reopen(Path ws) {
        return TestWorkspaces.workspaceService(clock).openWorkspace(ws, TestWorkspaces.PASSPHRASE.toCharArray(), Progress.NONE);
    }
}
