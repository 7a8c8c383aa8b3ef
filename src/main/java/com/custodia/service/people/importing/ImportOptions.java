package com.custodia.service.people.importing;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * How to run an import.
 *
 * @param report         where to write the report; null for beside the file ({@code NAME.report.csv})
 * @param batchSize      rows per transaction: a cancelled or killed import keeps whole batches
 * @param columnRenames  file column name to person column name, for files whose header uses other
 *                       names (the wizard's column mapping); matched as header names are
 * @param ignoredColumns file column names whose values are left out although their names are
 *                       person columns (the wizard's "ignore"); matched as header names are
 */
public record ImportOptions(Path report, int batchSize, Map<String, String> columnRenames,
                            Set<String> ignoredColumns) {

    /** Ten thousand rows: large enough that a commit costs nothing measurable, small enough to lose little. */
    public static final int DEFAULT_BATCH_SIZE = 10_000;

    public ImportOptions {
        if (batchSize < 1 || batchSize > 1_000_000) {
            throw new IllegalArgumentException("The batch size must be between 1 and 1,000,000 rows.");
        }
        columnRenames = Map.copyOf(columnRenames);
        ignoredColumns = Set.copyOf(ignoredColumns);
    }

    public static ImportOptions defaults() {
        return new ImportOptions(null, DEFAULT_BATCH_SIZE, Map.of(), Set.of());
    }

    public ImportOptions withReport(Path path) {
        return new ImportOptions(path, batchSize, columnRenames, ignoredColumns);
    }

    public ImportOptions withBatchSize(int rows) {
        return new ImportOptions(report, rows, columnRenames, ignoredColumns);
    }

    /** The column mapping: renamed file columns, and file columns left out. */
    public ImportOptions withColumnMapping(Map<String, String> renames, Set<String> ignored) {
        return new ImportOptions(report, batchSize, renames, ignored);
    }
}
