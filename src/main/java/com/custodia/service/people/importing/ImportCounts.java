package com.custodia.service.people.importing;

/** How many rows an import (or one batch of it) read, and what became of them. */
public record ImportCounts(long rowsRead, long inserted, long updated, long unchanged, long rejected) {

    static final ImportCounts ZERO = new ImportCounts(0, 0, 0, 0, 0);

    ImportCounts plus(ImportCounts other) {
        return new ImportCounts(rowsRead + other.rowsRead, inserted + other.inserted, updated + other.updated,
                unchanged + other.unchanged, rejected + other.rejected);
    }
}
