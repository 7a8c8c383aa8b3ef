package com.custodia.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.Progress;
import com.custodia.service.Services;
import com.custodia.support.TestWorkspaces;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bulk-load indexes on an encrypted H2 workspace, where the demo generator drops them. */
class H2BulkLoadIndexesTest extends BulkLoadIndexesContract {

    @TempDir
    Path dir;

    @Override
    protected Services create() {
        return TestWorkspaces.embedded(dir.resolve("ws"), clock);
    }

    @Override
    protected String indexSignatureQuery() {
        // H2 names a constraint's backing index with a suffix of its own (UK_LICENSE_KEY_INDEX_9), which
        // changes when the constraint is made again; the constraint's name and columns are what count
        return "SELECT REGEXP_REPLACE(index_name, '_INDEX_[0-9A-F]+$', '_INDEX'),"
                + " LISTAGG(column_name, ',') WITHIN GROUP (ORDER BY ordinal_position)"
                + " FROM information_schema.index_columns WHERE table_schema = ? GROUP BY index_name";
    }

    @Test
    void aLoadKilledBeforeItRebuiltTheIndexesIsRepairedAtTheNextOpening() {
        Set<String> before = signatures();
        services.database().fromConnection(c -> {
            try (Statement st = c.createStatement()) {
                // what a process killed in the middle of a bulk load leaves behind
                st.execute("DROP INDEX ix_person_email_key");
                st.execute("ALTER TABLE license DROP CONSTRAINT uk_license_key");
            }
            return null;
        });
        services.close();

        services = TestWorkspaces.workspaceService(clock)
                .openWorkspace(dir.resolve("ws"), TestWorkspaces.PASSPHRASE.toCharArray(), Progress.NONE);

        assertThat(signatures()).isEqualTo(before);
    }
}
