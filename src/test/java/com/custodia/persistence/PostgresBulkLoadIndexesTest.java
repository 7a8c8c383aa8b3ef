package com.custodia.persistence;

import com.custodia.service.Services;
import com.custodia.support.TestWorkspaces;
import org.junit.jupiter.api.Tag;

/** Bulk-load indexes on PostgreSQL, for bulk writers that drop them there too. */
@Tag("postgres")
class PostgresBulkLoadIndexesTest extends BulkLoadIndexesContract {

    @Override
    protected Services create() {
        return TestWorkspaces.postgres(clock);
    }

    @Override
    protected String indexSignatureQuery() {
        return "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = ?";
    }
}
