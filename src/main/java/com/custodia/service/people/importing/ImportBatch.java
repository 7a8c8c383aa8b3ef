package com.custodia.service.people.importing;

import java.util.List;

/**
 * What the reading thread hands the writing one: the valid rows of a stretch of the file, the
 * problems of the others, and where the stretch ends, so the batch's commit can record it.
 *
 * @param rows      the rows to write (none for a replayed stretch)
 * @param problems  the problems of the rejected rows, in file order
 * @param rowsRead  data rows read in the stretch
 * @param rejected  rows of the stretch refused
 * @param endOffset the byte offset just after the stretch
 * @param nextLine  the physical line at endOffset
 * @param sha256    SHA-256 (hex) of the file's bytes before endOffset
 * @param replayed  a stretch an earlier, interrupted run already committed: its problems are
 *                  reported again, its rows are not written again
 * @param last      the stretch ends at the end of the file
 */
record ImportBatch(List<PersonRow> rows, List<ImportProblem> problems, long rowsRead, long rejected, long endOffset,
                   long nextLine, String sha256, boolean replayed, boolean last) {
}
