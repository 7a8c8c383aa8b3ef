package com.custodia.service.demo;

import com.custodia.domain.License;
import com.custodia.domain.Person;
import com.custodia.domain.PersonRecord;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.StatelessSession;

/**
 * A batch of generated persons with all their records, made on the generator thread before any
 * id exists: each record names its person by position in the batch until {@link #insert} gives
 * the persons their ids and files every record under its person. Records are kept per table so
 * each table goes to the database as one JDBC batch.
 */
final class DemoBatch {

    final List<Person> persons = new ArrayList<>();
    final List<PersonRecord> pointsOfContact = new ArrayList<>();
    final List<PersonRecord> licenses = new ArrayList<>();
    final List<PersonRecord> orders = new ArrayList<>();
    final List<PersonRecord> visits = new ArrayList<>();
    final List<PersonRecord> forumPosts = new ArrayList<>();
    final List<PersonRecord> correspondence = new ArrayList<>();
    final List<PersonRecord> applications = new ArrayList<>();
    final List<PersonRecord> preferences = new ArrayList<>();
    /** Per license: the product code and the license's number within its person, for its final key. */
    private final List<String> licensePrefixes = new ArrayList<>();
    private final List<Integer> licenseNumbers = new ArrayList<>();

    void addLicense(License license, String prefix, int number) {
        licenses.add(license);
        licensePrefixes.add(prefix);
        licenseNumbers.add(number);
    }

    /** The tables in insert order: every list but the persons. */
    List<List<PersonRecord>> tables() {
        return List.of(pointsOfContact, licenses, orders, visits, forumPosts, correspondence, applications,
                preferences);
    }

    /**
     * Inserts the persons, then every record under its person's id. License keys are derived from
     * that id, so demo keys never collide, not even with those of an earlier run.
     */
    void insert(StatelessSession session) {
        long[] ids = new long[persons.size()];
        for (int i = 0; i < ids.length; i++) {
            session.insert(persons.get(i));
            ids[i] = persons.get(i).getId();
        }
        for (int i = 0; i < licenses.size(); i++) {
            License license = (License) licenses.get(i);
            long id = ids[(int) license.getPersonId()];
            license.changeKey(DemoVocabulary.licenseKey(licensePrefixes.get(i), id * 8 + licenseNumbers.get(i)));
        }
        for (List<PersonRecord> table : tables()) {
            for (PersonRecord record : table) {
                record.moveTo(ids[(int) record.getPersonId()]);
                session.insert(record);
            }
        }
    }
}
