package com.custodia.service.people.importing;

import com.custodia.domain.Progress;
import java.util.List;

/**
 * A {@link Progress} that also hears, batch by batch, what an import has done so far: the
 * console's wizard shows rows per second, the running counts and the refused rows while the
 * import goes on. An import given a plain {@code Progress} reports only through it.
 */
public interface ImportProgress extends Progress {

    /** Hears nothing beyond the plain progress. */
    ImportProgress SILENT = (fraction, message) -> { };

    /** After each batch is committed: the counts of the whole file so far. */
    default void committed(ImportCounts soFar) {
    }

    /** The problems of the rows of a batch, as they are written to the report (before the batch is committed). */
    default void problems(List<ImportProblem> problems) {
    }
}
