package com.custodia.service.people;

import com.custodia.domain.Person;
import com.custodia.persistence.Database;
import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.service.security.AccessGuard;
import java.time.Clock;

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

    /** Adds a person. The people issue adds full validation, history and duplicate checks. */
    public long create(Principal actor, NewPerson draft) {
        guard.require(actor, Permission.PERSON_EDIT, "add persons");
        if (draft.lastName() == null || draft.lastName().isBlank()) {
            throw new IllegalArgumentException("Last name is required.");
        }
        if (draft.email() != null && !draft.email().isBlank() && !draft.email().matches("[^@\\s]+@[^@\\s]+")) {
            throw new IllegalArgumentException("Email is not an address: " + draft.email());
        }
        return database.fromTransaction(s -> {
            Person p = new Person(draft.kind(), draft.firstName(), draft.lastName(), clock.instant())
                    .withCompany(draft.company()).withEmail(draft.email()).withPhone(draft.phone())
                    .withAddress(draft.street(), draft.city(), draft.postalCode(), draft.country())
                    .withLanguage(draft.language());
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
