package com.custodia.service.people;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;

/** Duplicates and merge on PostgreSQL. */
@Tag("postgres")
class PostgresPersonMergeTest extends PersonMergeContract {

    @Override
    protected Workstations open(Path dir) {
        return Workstations.postgres();
    }
}
