package com.custodia.service.people;

import java.util.Objects;

/**
 * A person's profile as read for editing, with the version it was read at. Keep it while the
 * operator edits: saving passes it back, so a change made meanwhile on another workstation is
 * detected and shown against what the operator started from.
 */
public record LoadedPerson(long id, long version, PersonForm form) {
    public LoadedPerson {
        Objects.requireNonNull(form);
    }
}
