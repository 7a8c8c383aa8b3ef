package com.custodia.service.people.importing;

import java.nio.file.Path;
import java.util.List;

/**
 * What an import did. Counts cover the whole file, including the part an interrupted earlier run
 * committed when this run resumed it.
 *
 * @param file           the file's name
 * @param rowsRead       data rows in the file (not the header, not empty lines)
 * @param inserted       new persons
 * @param updated        persons whose external_id matched and whose values changed
 * @param unchanged      persons whose external_id matched and whose values were already the same
 * @param rejected       rows refused, each explained in the report
 * @param unknownColumns columns of the file that are not person columns, ignored
 * @param report         the report file
 * @param resumedAtLine  the line an interrupted run had reached when this one took over, or 0
 * @param indexesRebuilt whether the search indexes were dropped for the load and built afterwards
 */
public record ImportResult(String file, long rowsRead, long inserted, long updated, long unchanged, long rejected,
                           List<String> unknownColumns, Path report, long resumedAtLine, boolean indexesRebuilt) {

    public ImportResult {
        unknownColumns = List.copyOf(unknownColumns);
    }

    /** Whether every row of the file went in (as new, changed or unchanged persons). */
    public boolean allRowsTaken() {
        return rejected == 0;
    }
}
