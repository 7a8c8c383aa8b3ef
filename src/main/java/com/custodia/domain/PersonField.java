package com.custodia.domain;

/**
 * The fields of a person's profile that operators edit, each with the size of its column in the
 * person table (V1). Editing, conflict resolution and merging name fields by these constants.
 */
public enum PersonField {
    KIND("kind", 30),
    FIRST_NAME("first_name", 200),
    LAST_NAME("last_name", 200),
    COMPANY("company", 300),
    EMAIL("email", 320),
    PHONE("phone", 50),
    STREET("street", 300),
    CITY("city", 200),
    POSTAL_CODE("postal_code", 30),
    COUNTRY("country", 2),
    LANGUAGE("language", 35),
    STATUS("status", 30),
    NOTES("notes", 4000);

    private final String column;
    private final int maxLength;

    PersonField(String column, int maxLength) {
        this.column = column;
        this.maxLength = maxLength;
    }

    /** The column in the person table, also the field's name in change history. */
    public String column() {
        return column;
    }

    /** The column's size: VARCHAR(n). */
    public int maxLength() {
        return maxLength;
    }
}
