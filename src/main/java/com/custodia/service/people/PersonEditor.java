package com.custodia.service.people;

import com.custodia.domain.ChangeContext;
import com.custodia.domain.Person;
import com.custodia.domain.PersonField;
import com.custodia.persistence.Database;
import com.custodia.policy.Permission;
import com.custodia.policy.PersonValidation;
import com.custodia.policy.PersonValidation.Problem;
import com.custodia.service.auth.Principal;
import com.custodia.service.security.AccessGuard;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.Session;
import org.hibernate.StaleStateException;
import java.util.function.Consumer;

/**
 * Editing a person's profile with optimistic locking: {@link #load} reads the profile and its
 * version, {@link #save} writes the operator's changes only if nobody saved in between, and
 * otherwise raises an {@link EditConflictException} with the three versions (what the operator
 * started from, what is stored now, what they wanted). {@link #resolve} saves the operator's
 * per-field choices against the version they saw in the conflict. Nothing is ever overwritten
 * silently: the version is compared before writing, and the UPDATE itself carries
 * {@code where version = ?}, so a save that commits between the check and the write still fails
 * in the database.
 *
 * <p>Edits go through a regular Session on {@link Person}, whose setters keep the search keys in
 * step and whose changes the change history records.
 */
public final class PersonEditor {

    private final Database database;
    private final AccessGuard guard;
    private final Clock clock;
    /** Runs between the version check and the UPDATE; tests use it to let another workstation save there. */
    private final Runnable beforeWrite;

    public PersonEditor(Database database, AccessGuard guard, Clock clock) {
        this(database, guard, clock, () -> { });
    }

    PersonEditor(Database database, AccessGuard guard, Clock clock, Runnable beforeWrite) {
        this.database = database;
        this.guard = guard;
        this.clock = clock;
        this.beforeWrite = beforeWrite;
    }

    /**
     * The person's profile and the version it was read at.
     *
     * @throws IllegalArgumentException when there is no such person (the message says when it was merged away)
     */
    public LoadedPerson load(Principal actor, long personId) {
        guard.require(actor, Permission.PERSON_VIEW, "view person records");
        return database.fromTransaction(s -> loaded(find(s, personId)));
    }

    /**
     * Saves the operator's profile if the stored version is still the one they loaded.
     *
     * @param base   what {@link #load} returned (or the last save), unchanged
     * @param edited the profile the operator wants stored
     * @return the profile as stored, with its new version (the same when nothing changed)
     * @throws InvalidPersonException naming every field that is wrong; nothing written
     * @throws EditConflictException when another save came first; nothing written
     */
    public LoadedPerson save(Principal actor, LoadedPerson base, PersonForm edited) {
        return save(actor, base, edited, "profile edit");
    }

    /**
     * {@link #save(Principal, LoadedPerson, PersonForm)} with the source the change history files
     * the change under, such as "correction request #12".
     */
    public LoadedPerson save(Principal actor, LoadedPerson base, PersonForm edited, String source) {
        return save(actor, base, edited, source, s -> { });
    }

    /**
     * {@link #save(Principal, LoadedPerson, PersonForm, String)} together with more work in the same
     * transaction (a correction marks its item applied and opens its notification tasks): both are
     * committed or neither is.
     */
    public LoadedPerson save(Principal actor, LoadedPerson base, PersonForm edited, String source,
                             Consumer<Session> sameTransaction) {
        guard.require(actor, Permission.PERSON_EDIT, "edit person records");
        Objects.requireNonNull(base);
        PersonForm mine = checked(edited);
        try {
            ChangeContext change = new ChangeContext(actor.username(), source, clock.instant());
            return database.fromTransaction(change, s -> {
                LoadedPerson saved = write(s, base, mine);
                sameTransaction.accept(s);
                s.flush();
                return saved;
            });
        } catch (OptimisticLockException | StaleStateException e) {
            // the database refused the UPDATE: a save committed after this one checked the version
            LoadedPerson theirs = database.fromTransaction(s -> loaded(find(s, base.id())));
            throw new EditConflictException(EditConflict.of(base, theirs, mine));
        }
    }

    /**
     * Saves what the operator chose per field after a conflict, against the version the conflict
     * showed them. Fields without a choice keep the only change made to them.
     *
     * @throws IllegalArgumentException when a conflicting field has no choice
     * @throws EditConflictException when yet another save came first: a new conflict, against that one
     */
    public LoadedPerson resolve(Principal actor, EditConflict conflict, Map<PersonField, EditConflict.Side> choices) {
        guard.require(actor, Permission.PERSON_EDIT, "edit person records");
        return save(actor, conflict.theirs(), conflict.resolve(choices));
    }

    private LoadedPerson write(Session s, LoadedPerson base, PersonForm mine) {
        Person person = find(s, base.id());
        LoadedPerson current = loaded(person);
        if (person.getVersion() != base.version()) {
            throw new EditConflictException(EditConflict.of(base, current, mine));
        }
        if (current.form().equals(mine)) {
            return current;
        }
        for (PersonField field : PersonField.values()) {
            if (!Objects.equals(current.form().get(field), mine.get(field))) {
                person.set(field, mine.get(field));
            }
        }
        person.touch(clock.instant());
        beforeWrite.run();
        s.flush();
        return loaded(person);
    }

    /** The form as it will be stored, or every problem with it. */
    static PersonForm checked(PersonForm edited) {
        PersonForm tidy = Objects.requireNonNull(edited).tidy();
        List<Problem> problems = PersonValidation.check(tidy.values());
        if (!problems.isEmpty()) {
            throw new InvalidPersonException(problems);
        }
        return tidy;
    }

    static LoadedPerson loaded(Person p) {
        Map<PersonField, String> values = new EnumMap<>(PersonField.class);
        for (PersonField field : PersonField.values()) {
            values.put(field, p.value(field));
        }
        return new LoadedPerson(p.getId(), p.getVersion(), PersonForm.of(values));
    }

    /** The person, or a refusal that says where a merged record went. */
    static Person find(Session s, long personId) {
        Person p = s.find(Person.class, personId);
        if (p == null) {
            throw new IllegalArgumentException(MergeHistory.whereIs(s, personId));
        }
        return p;
    }
}
