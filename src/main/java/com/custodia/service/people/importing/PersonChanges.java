package com.custodia.service.people.importing;

import com.custodia.domain.Person;
import java.time.Instant;

/** Applies a row to an existing person: the columns the file has, through the entity's own setters. */
final class PersonChanges {

    private PersonChanges() {
    }

    static void apply(Person person, PersonRow row, CsvHeader header, Instant now) {
        if (header.has(PersonColumn.KIND) && row.kind() != null) {
            person.withKind(row.kind());
        }
        String first = header.has(PersonColumn.FIRST_NAME) ? row.value(PersonColumn.FIRST_NAME) : person.getFirstName();
        person.withNames(first, row.value(PersonColumn.LAST_NAME));
        if (header.has(PersonColumn.COMPANY)) {
            person.withCompany(row.value(PersonColumn.COMPANY));
        }
        if (header.has(PersonColumn.EMAIL)) {
            person.withEmail(row.value(PersonColumn.EMAIL));
        }
        if (header.has(PersonColumn.PHONE)) {
            person.withPhone(row.value(PersonColumn.PHONE));
        }
        person.withAddress(
                pick(header, row, PersonColumn.STREET, person.getStreet()),
                pick(header, row, PersonColumn.CITY, person.getCity()),
                pick(header, row, PersonColumn.POSTAL_CODE, person.getPostalCode()),
                pick(header, row, PersonColumn.COUNTRY, person.getCountry()));
        if (header.has(PersonColumn.LANGUAGE)) {
            person.withLanguage(row.value(PersonColumn.LANGUAGE));
        }
        if (header.has(PersonColumn.NOTES)) {
            person.withNotes(row.value(PersonColumn.NOTES));
        }
        person.touch(now);
    }

    private static String pick(CsvHeader header, PersonRow row, PersonColumn column, String current) {
        return header.has(column) ? row.value(column) : current;
    }
}
