package com.custodia.service.people.importing;

import com.custodia.domain.PersonKind;
import com.custodia.domain.SearchKeys;

/**
 * One valid row: the values of the file's person columns exactly as given (an empty cell is
 * null), and the search keys of a new person computed from them ({@link SearchKeys}, the same
 * functions {@code Person} applies in its setters), so the writer thread only writes.
 *
 * @param line   the physical line the row starts on
 * @param values by {@link PersonColumn} ordinal; null for an empty cell or a column the file lacks
 * @param kind   the kind given, or null when the cell is empty or the file has no kind column
 */
record PersonRow(long line, String[] values, PersonKind kind) {

    String value(PersonColumn column) {
        return values[column.ordinal()];
    }

    String externalId() {
        return values[PersonColumn.EXTERNAL_ID.ordinal()];
    }

    /** first_name_key, last_name_key, company_key, email_key, phone_key, as {@code Person} computes them. */
    String[] searchKeys() {
        return new String[] {
            SearchKeys.text(value(PersonColumn.FIRST_NAME)),
            SearchKeys.text(value(PersonColumn.LAST_NAME)),
            SearchKeys.text(value(PersonColumn.COMPANY)),
            SearchKeys.text(value(PersonColumn.EMAIL)),
            SearchKeys.phone(value(PersonColumn.PHONE))
        };
    }
}
