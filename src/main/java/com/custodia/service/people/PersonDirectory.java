package com.custodia.service.people;

import com.custodia.domain.Person;
import com.custodia.domain.PersonField;
import com.custodia.persistence.Database;
import com.custodia.policy.Permission;
import com.custodia.policy.PersonValidation;
import com.custodia.policy.PersonValidation.Problem;
import com.custodia.service.auth.Principal;
import com.custodia.service.security.AccessGuard;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Read access to persons. The people issue grows this into search, detail and editing. */
public final class PersonDirectory {

    private final Database database;
    private final AccessGuard guard;
    private final Clock clock;

    public PersonDirectory(Database database, AccessGuard guard, Clock clock) {
        this.database = database;
        this.guard = guard;
        this.clock = clock;
    }

    /** How many persons are held; names-level access is enough to know the count. */
    public long count(Principal actor) {
        guard.require(actor, Permission.PERSON_VIEW_NAMES, "count persons");
        return database.fromTransaction(s -> s.createSelectionQuery("select count(*) from Person", Long.class)
                .getSingleResult());
    }

    /**
     * Adds a person, checked by the same rules as an edit ({@link PersonValidation}): every problem
     * names its field, and values are stored as the edit would store them.
     */
    public long create(Principal actor, NewPerson draft) {
        guard.require(actor, Permission.PERSON_EDIT, "add persons");
        Map<PersonField, String> values = new EnumMap<>(PersonField.class);
        values.put(PersonField.KIND, draft.kind() == null ? null : draft.kind().name());
        values.put(PersonField.FIRST_NAME, draft.firstName());
        values.put(PersonField.LAST_NAME, draft.lastName());
        values.put(PersonField.COMPANY, draft.company());
        values.put(PersonField.EMAIL, draft.email());
        values.put(PersonField.PHONE, draft.phone());
        values.put(PersonField.STREET, draft.street());
        values.put(PersonField.CITY, draft.city());
        values.put(PersonField.POSTAL_CODE, draft.postalCode());
        values.put(PersonField.COUNTRY, draft.country());
        values.put(PersonField.LANGUAGE, draft.language());
        values.put(PersonField.STATUS, "ACTIVE");
        Map<PersonField, String> tidy = PersonValidation.tidy(values);
        List<Problem> problems = PersonValidation.check(tidy);
        if (!problems.isEmpty()) {
            throw new InvalidPersonException(problems);
        }
        return database.fromTransaction(s -> {
            Person p = new Person(draft.kind(), tidy.get(PersonField.FIRST_NAME), tidy.get(PersonField.LAST_NAME),
                    clock.instant())
                    .withCompany(tidy.get(PersonField.COMPANY)).withEmail(tidy.get(PersonField.EMAIL))
                    .withPhone(tidy.get(PersonField.PHONE))
                    .withAddress(tidy.get(PersonField.STREET), tidy.get(PersonField.CITY),
                            tidy.get(PersonField.POSTAL_CODE), tidy.get(PersonField.COUNTRY))
                    .withLanguage(tidy.get(PersonField.LANGUAGE));
            s.persist(p);
            s.flush();
            return p.getId();
        });
    }

    /** One person's email, for the operator who may see full records. */
    public String emailOf(Principal actor, long personId) {
        guard.require(actor, Permission.PERSON_VIEW, "view person records");
        return database.fromTransaction(s -> {
            Person p = s.find(Person.class, personId);
            return p == null ? null : p.getEmail();
        });
    }
}
