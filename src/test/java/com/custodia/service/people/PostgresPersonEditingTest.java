package com.custodia.service.people;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;

/** Editing and its conflicts on PostgreSQL: two workstations, each with its own connection pool. */
@Tag("postgres")
class PostgresPersonEditingTest extends PersonEditingContract {

    @Override
    protected Workstations open(Path dir) {
        return Workstations.postgres();
    }
}
