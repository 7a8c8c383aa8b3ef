package com.custodia.service.people.importing;

import java.util.Locale;

/**
 * The columns of the person CSV (DESIGN.md section 7) and the most characters each holds: the
 * column sizes of the {@code person} table in migration V1, which a test compares with the
 * migrated schema of both engines. Sizes count UTF-16 units, as H2 does (an emoji is two), which
 * never exceeds what PostgreSQL, counting code points, accepts.
 */
enum PersonColumn {
    EXTERNAL_ID(100),
    KIND(30),
    FIRST_NAME(200),
    LAST_NAME(200),
    EMAIL(320),
    PHONE(50),
    COMPANY(300),
    STREET(300),
    CITY(200),
    POSTAL_CODE(30),
    COUNTRY(2),
    LANGUAGE(35),
    NOTES(4000);

    private final int maxLength;
    private final String header;

    PersonColumn(int maxLength) {
        this.maxLength = maxLength;
        this.header = name().toLowerCase(Locale.ROOT);
    }

    int maxLength() {
        return maxLength;
    }

    /** The name in the CSV header and in the {@code person} table. */
    String header() {
        return header;
    }
}
