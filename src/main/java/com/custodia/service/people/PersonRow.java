package com.custodia.service.people;

import com.custodia.domain.PersonKind;

/**
 * One person as a row of the People table or of search results: immutable, already cut to what
 * the operator may see. For an operator who may see names only, company, email, phone and country
 * are null and {@code restricted} is true, so a screen can say "restricted" instead of "empty".
 * A person removed after a listing was opened keeps its place in the listing as a row with only
 * the id and {@code removed} set.
 */
public record PersonRow(long id, PersonKind kind, String firstName, String lastName, String company, String email,
                        String phone, String country, boolean restricted, boolean removed) {

    /** The placeholder for a person that no longer exists. */
    public static PersonRow removed(long id) {
        return new PersonRow(id, null, null, null, null, null, null, null, false, true);
    }

    /** "Last, First" (or the last name alone), the way the table and the command line show a person. */
    public String displayName() {
        if (removed) {
            return "(removed)";
        }
        return firstName == null || firstName.isBlank() ? lastName : lastName + ", " + firstName;
    }
}
