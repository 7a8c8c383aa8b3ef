package com.custodia.service.people;

/**
 * A save was turned back because the person changed meanwhile; {@link #conflict()} holds the
 * three versions for the operator to choose from. Nothing was written.
 */
public class EditConflictException extends IllegalStateException {

    private final transient EditConflict conflict;

    public EditConflictException(EditConflict conflict) {
        super(conflict.describe());
        this.conflict = conflict;
    }

    public EditConflict conflict() {
        return conflict;
    }
}
