package com.custodia.service.people;

import java.nio.file.Path;

/** Editing and its conflicts on an encrypted H2 workspace: two sessions on two connections. */
class H2PersonEditingTest extends PersonEditingContract {

    @Override
    protected Workstations open(Path dir) {
        return Workstations.embedded(dir);
    }
}
