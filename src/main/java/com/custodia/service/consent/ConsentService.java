package com.custodia.service.consent;

import com.custodia.domain.Consent;
import com.custodia.domain.Person;
import com.custodia.persistence.Database;
import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.service.security.AccessGuard;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * Records and withdraws consents. The consent issue adds receipts, policy versions and screens;
 * the disclosure rules read what is recorded here.
 */
public final class ConsentService {

    /** A consent as shown to operators. */
    public record ConsentView(long id, long personId, String purpose, Set<String> recipients, Set<String> categories,
                              String status, java.time.Instant givenAt, java.time.Instant withdrawnAt) {
    }

    private final Database database;
    private final AccessGuard guard;
    private final Clock clock;

    public ConsentService(Database database, AccessGuard guard, Clock clock) {
        this.database = database;
        this.guard = guard;
        this.clock = clock;
    }

    public long record(Principal actor, long personId, String purpose, Set<String> recipients, Set<String> categories,
                       String evidence) {
        guard.require(actor, Permission.CONSENT_MANAGE, "record consents");
        if (purpose == null || purpose.isBlank()) {
            throw new IllegalArgumentException("A consent states its purpose.");
        }
        return database.fromTransaction(s -> {
            if (s.find(Person.class, personId) == null) {
                throw new IllegalArgumentException("There is no person with id " + personId + ".");
            }
            Consent consent = new Consent(personId, purpose, recipients, categories, clock.instant(), evidence, null);
            s.persist(consent);
            s.flush();
            return consent.getId();
        });
    }

    /** Withdrawal takes effect at once: the next disclosure check sees it. */
    public void withdraw(Principal actor, long consentId) {
        guard.require(actor, Permission.CONSENT_MANAGE, "withdraw consents");
        database.inTransaction(s -> {
            Consent consent = s.find(Consent.class, consentId);
            if (consent == null) {
                throw new IllegalArgumentException("There is no consent with id " + consentId + ".");
            }
            consent.withdraw(clock.instant());
        });
    }

    public List<ConsentView> ofPerson(Principal actor, long personId) {
        guard.require(actor, Permission.PERSON_VIEW, "view consents");
        return database.fromTransaction(s -> s.createSelectionQuery("from Consent where personId = :p order by givenAt",
                        Consent.class).setParameter("p", personId).getResultList().stream()
                .map(c -> new ConsentView(c.getId(), c.getPersonId(), c.getPurpose(), c.getRecipients(), c.getCategories(),
                        c.getStatus().name(), c.getGivenAt(), c.getWithdrawnAt()))
                .toList());
    }
}
