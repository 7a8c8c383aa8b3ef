package com.custodia.service.people;

import java.nio.file.Path;

/** Duplicates and merge on an encrypted H2 workspace. */
class H2PersonMergeTest extends PersonMergeContract {

    @Override
    protected Workstations open(Path dir) {
        return Workstations.embedded(dir);
    }
}
