package com.custodia.service.communications;

import com.custodia.domain.ChangeContext;
import com.custodia.domain.CommunicationPreference;
import com.custodia.domain.MessageClass;
import com.custodia.domain.Person;
import com.custodia.domain.PointOfContact;
import com.custodia.domain.PointOfContactReason;
import com.custodia.persistence.Database;
import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.service.people.PersonRecordViews.PointOfContactView;
import com.custodia.service.people.PersonRecordViews.PreferenceView;
import com.custodia.service.security.AccessGuard;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import org.hibernate.Session;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Recording what a person told the vendor about its email (promises P9 and P10): a choice per
 * message class ("no more upgrade offers", "feature news again"), and a point of contact that
 * lets the vendor write to someone who is not a customer. Both are records of the person, so
 * the change history files who recorded what and when.
 *
 * <p>A choice is recorded against the one the operator saw: when another workstation recorded a
 * different one meanwhile, nothing is written and {@link ChoiceConflictException} shows it.
 */
public final class CommunicationService {

    private final Database database;
    private final AccessGuard guard;
    private final Clock clock;
    /** Runs between the check and the write; tests use it to let another workstation record a choice there. */
    private final Runnable beforeWrite;

    public CommunicationService(Database database, AccessGuard guard, Clock clock) {
        this(database, guard, clock, () -> { });
    }

    CommunicationService(Database database, AccessGuard guard, Clock clock, Runnable beforeWrite) {
        this.database = database;
        this.guard = guard;
        this.clock = clock;
        this.beforeWrite = beforeWrite;
    }

    /**
     * Records the person's choice for one message class.
     *
     * @param seen       the preference as the operator saw it ({@code PersonRecords.preferences})
     * @param subscribed true to receive the class, false to decline it (only optional classes can be declined)
     * @param source     how the person made the choice ("phone call", "unsubscribe link"), up to 100 characters
     * @return the preference as stored (unchanged when it already was the person's recorded choice)
     * @throws IllegalArgumentException for a mandatory class declined, a missing source or an unknown person
     * @throws ChoiceConflictException  when another choice was recorded after the operator's look
     */
    public PreferenceView recordChoice(Principal actor, long personId, PreferenceView seen, boolean subscribed,
                                       String source) {
        guard.require(actor, Permission.PERSON_EDIT, "record a person's email choices");
        Objects.requireNonNull(seen, "seen");
        MessageClass messageClass = seen.messageClass();
        // as the database keeps it, so the view returned here equals the one read back later
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        ChangeContext change = new ChangeContext(actor.username(), "email choice: " + clip(source), now);
        try {
            return database.fromTransaction(change, s -> {
                person(s, personId);
                CommunicationPreference stored = stored(s, personId, messageClass);
                PreferenceView current = view(messageClass, stored);
                if (!sameChoice(seen, current)) {
                    throw new ChoiceConflictException(current);
                }
                beforeWrite.run();
                if (stored == null) {
                    stored = new CommunicationPreference(personId, messageClass, subscribed, now, source);
                    s.persist(stored);
                } else if (stored.isSubscribed() != subscribed) {
                    stored.choose(subscribed, now, source);
                } else {
                    return current;
                }
                s.flush();
                return view(messageClass, stored);
            });
        } catch (OptimisticLockException | StaleStateException e) {
            throw new ChoiceConflictException(database.fromTransaction(s ->
                    view(messageClass, stored(s, personId, messageClass))));
        } catch (ConstraintViolationException e) {
            if (!firstChoiceRace(e)) {
                throw e;
            }
            throw new ChoiceConflictException(database.fromTransaction(s ->
                    view(messageClass, stored(s, personId, messageClass))));
        }
    }

    /**
     * Records a point of contact: the person ordered a product, was issued a trial, asked for
     * support or for information, at {@code occurredAt}. It allows the vendor to write to a person
     * who is not a customer (P10); for a customer it is kept as a record all the same.
     *
     * @param note optional, up to 500 characters, no card number
     * @throws IllegalArgumentException for a time in the future, a note too long or an unknown person
     */
    public PointOfContactView logPointOfContact(Principal actor, long personId, PointOfContactReason reason,
                                                Instant occurredAt, String note) {
        guard.require(actor, Permission.CONTACT_LOG, "log a point of contact");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Instant now = clock.instant();
        if (occurredAt.isAfter(now)) {
            throw new IllegalArgumentException("The contact's time is in the future; give when it happened.");
        }
        String tidy = note == null || note.isBlank() ? null : note.strip();
        ChangeContext change = new ChangeContext(actor.username(), "point of contact", now);
        return database.fromTransaction(change, s -> {
            person(s, personId);
            PointOfContact contact = new PointOfContact(personId, reason, occurredAt, tidy);
            s.persist(contact);
            s.flush();
            return new PointOfContactView(contact.getId(), contact.getReason(), contact.getOccurredAt(),
                    contact.getNote());
        });
    }

    /** Another workstation recorded the first choice for this person and class at the same moment. */
    private static boolean firstChoiceRace(ConstraintViolationException e) {
        String name = e.getConstraintName();
        return name != null && name.toLowerCase(Locale.ROOT).contains("uk_communication_preference");
    }

    private static boolean sameChoice(PreferenceView seen, PreferenceView current) {
        return seen.recorded() == current.recorded() && seen.subscribed() == current.subscribed()
                && Objects.equals(seen.since(), current.since());
    }

    private static CommunicationPreference stored(Session s, long personId, MessageClass messageClass) {
        return s.createSelectionQuery("from CommunicationPreference where personId = :p and messageClass = :c",
                        CommunicationPreference.class)
                .setParameter("p", personId).setParameter("c", messageClass).uniqueResult();
    }

    /** The preference as {@code PersonRecords.preferences} shows it: the recorded choice, or subscribed by default. */
    static PreferenceView view(MessageClass messageClass, CommunicationPreference p) {
        return p == null
                ? new PreferenceView(messageClass, messageClass.mandatory(), true, false, null, null)
                : new PreferenceView(messageClass, messageClass.mandatory(), p.isSubscribed(), true, p.getSince(),
                        p.getSource());
    }

    private static void person(Session s, long personId) {
        if (s.find(Person.class, personId) == null) {
            throw new IllegalArgumentException("There is no person with id " + personId + ".");
        }
    }

    private static String clip(String source) {
        String s = source == null ? "" : source.strip();
        return s.length() > 60 ? s.substring(0, 60) : s;
    }
}
