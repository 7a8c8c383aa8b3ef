package com.custodia.service.people;

/**
 * The orders the People table can show persons in: each is an index walk on both engines, so
 * opening a listing in any of them never sorts a million rows. Descending orders read the same
 * snapshot backwards.
 *
 * @param key        what to order by
 * @param descending largest first
 */
public record PersonSort(Key key, boolean descending) {

    /** The default: last name, first name, then id, A to Z. */
    public static final PersonSort NAME = new PersonSort(Key.NAME, false);
    /** Search results, best match first (see {@link PersonSearch}); for listings without text it means NAME. */
    public static final PersonSort RELEVANCE = new PersonSort(Key.RELEVANCE, false);

    public enum Key {
        /** Best match first; only meaningful with search text. */
        RELEVANCE,
        /** Last name, first name, id. */
        NAME,
        /** Company, then name. */
        COMPANY,
        /** Email address, then id. */
        EMAIL,
        /** The order persons were added in (by id). */
        ADDED
    }

    public PersonSort {
        if (key == null) {
            throw new IllegalArgumentException("A sort needs a key.");
        }
    }

    public PersonSort reversed() {
        return new PersonSort(key, !descending);
    }
}
