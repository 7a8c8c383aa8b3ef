package com.custodia.service.partners;

import com.custodia.domain.Partner;
import com.custodia.domain.PartnerAgreementVersion;
import com.custodia.domain.SecurityEventKind;
import com.custodia.persistence.Database;
import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.service.security.AccessGuard;
import com.custodia.service.security.SecurityLog;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

/**
 * The partner registry (DESIGN.md P2): partners with their agreement and registration, where each
 * stands today, renewals, and the versions of the partner agreement. Partner managers only; every
 * change is in the security log.
 */
public final class PartnerRegistry {

    private final Database database;
    private final AccessGuard guard;
    private final SecurityLog log;
    private final Clock clock;

    public PartnerRegistry(Database database, AccessGuard guard, SecurityLog log, Clock clock) {
        this.database = database;
        this.guard = guard;
        this.log = log;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** Every partner with its state today, by name. */
    public List<PartnerView> list(Principal actor) {
        guard.require(actor, Permission.PARTNER_MANAGE, "list partners");
        return database.fromTransaction(s -> {
            int current = PartnerQueries.currentAgreementVersion(s);
            LocalDate today = today();
            return s.createSelectionQuery("from Partner order by nameKey", Partner.class).getResultList().stream()
                    .map(p -> PartnerView.of(p, current, today)).toList();
        });
    }

    /** Partners whose registration ends within 30 days (and who are still registered), the soonest first. */
    public List<PartnerView> expiringSoon(Principal actor) {
        return list(actor).stream().filter(PartnerView::expiringSoon)
                .sorted(Comparator.comparing(PartnerView::registeredUntil)).toList();
    }

    public PartnerView find(Principal actor, long id) {
        guard.require(actor, Permission.PARTNER_MANAGE, "read partners");
        return database.fromTransaction(s -> PartnerView.of(PartnerQueries.partner(s, id),
                PartnerQueries.currentAgreementVersion(s), today()));
    }

    /** The partner of this name, compared without regard to case and repeated spaces. */
    public Optional<PartnerView> byName(Principal actor, String name) {
        guard.require(actor, Permission.PARTNER_MANAGE, "read partners");
        return database.fromTransaction(s -> PartnerQueries.partnerNamed(s, name)
                .map(p -> PartnerView.of(p, PartnerQueries.currentAgreementVersion(s), today())));
    }

    /**
     * Registers a partner.
     *
     * @throws IllegalArgumentException naming the field that is missing or wrong, or when the name is taken
     */
    public PartnerView create(Principal actor, PartnerDraft draft) {
        guard.require(actor, Permission.PARTNER_MANAGE, "register partners");
        PartnerView created = database.fromTransaction(s -> {
            Partner partner = new Partner(terms(draft), actor.username(), clock.instant());
            requireFreeName(s, partner.getName(), null);
            s.persist(partner);
            s.flush();
            return PartnerView.of(partner, PartnerQueries.currentAgreementVersion(s), today());
        });
        log.record(SecurityEventKind.PARTNER_CREATED, actor.username(), "partner " + created.id());
        return created;
    }

    /**
     * Changes what was entered about a partner; {@code expectedVersion} is the version the
     * operator saw, so a change by someone else in between is refused instead of overwritten.
     */
    public PartnerView update(Principal actor, long id, long expectedVersion, PartnerDraft draft) {
        guard.require(actor, Permission.PARTNER_MANAGE, "change partners");
        PartnerView updated = database.fromTransaction(s -> {
            Partner partner = s.find(Partner.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (partner == null) {
                throw new IllegalArgumentException("There is no partner " + id + ".");
            }
            if (partner.getVersion() != expectedVersion) {
                throw new IllegalArgumentException("Partner " + partner.getName() + " was changed by someone else "
                        + "since you opened it; open it again and repeat your change.");
            }
            requireFreeName(s, draft.name(), id);
            partner.change(terms(draft));
            s.flush();
            return PartnerView.of(partner, PartnerQueries.currentAgreementVersion(s), today());
        });
        log.record(SecurityEventKind.PARTNER_UPDATED, actor.username(), "partner " + id);
        return updated;
    }

    /**
     * Renews a partner's registration until {@code until}; when the partner signed a (newer)
     * agreement, {@code agreementVersion} and {@code agreementReference} record it (null: unchanged).
     */
    public PartnerView renewRegistration(Principal actor, long id, LocalDate until, Integer agreementVersion,
                                         String agreementReference, String reason) {
        guard.require(actor, Permission.PARTNER_MANAGE, "renew partner registrations");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Reason for the renewal is required.");
        }
        if (until == null || until.isBefore(today())) {
            throw new IllegalArgumentException("Registered until: a renewal runs until today or later.");
        }
        PartnerView renewed = database.fromTransaction(s -> {
            Partner partner = s.find(Partner.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (partner == null) {
                throw new IllegalArgumentException("There is no partner " + id + ".");
            }
            int current = PartnerQueries.currentAgreementVersion(s);
            int version = agreementVersion == null ? partner.getAgreementVersion() : agreementVersion;
            if (version > current) {
                throw new IllegalArgumentException("Agreement version " + version + " does not exist yet; the current "
                        + "one is " + current + ".");
            }
            partner.renew(until, version, agreementReference);
            s.flush();
            return PartnerView.of(partner, current, today());
        });
        log.record(SecurityEventKind.PARTNER_REGISTRATION_RENEWED, actor.username(), "partner " + id + " until "
                + until + ", agreement version " + renewed.agreementVersion() + ": " + reason.strip());
        return renewed;
    }

    /** The current version of the partner agreement. */
    public AgreementVersionView currentAgreement(Principal actor) {
        guard.require(actor, Permission.PARTNER_MANAGE, "read the partner agreement");
        return database.fromTransaction(s -> AgreementVersionView.of(s.find(PartnerAgreementVersion.class,
                PartnerQueries.currentAgreementVersion(s))));
    }

    /** Every version of the partner agreement, the newest first. */
    public List<AgreementVersionView> agreementVersions(Principal actor) {
        guard.require(actor, Permission.PARTNER_MANAGE, "read the partner agreement");
        return database.fromTransaction(s -> s.createSelectionQuery(
                        "from PartnerAgreementVersion order by version desc", PartnerAgreementVersion.class)
                .getResultList().stream().map(AgreementVersionView::of).toList());
    }

    /**
     * Makes a new version of the partner agreement current. From then on every partner who signed
     * an older version receives nothing until their registration is renewed under the new one.
     */
    public AgreementVersionView newAgreementVersion(Principal actor, String label, LocalDate effectiveFrom, String reason) {
        guard.require(actor, Permission.PARTNER_MANAGE, "change the partner agreement");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Reason for the new agreement version is required.");
        }
        AgreementVersionView added = database.fromTransaction(s -> {
            // one writer at a time: the new number is the current one plus one
            s.createSelectionQuery("from PartnerAgreementVersion", PartnerAgreementVersion.class)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
            PartnerAgreementVersion v = new PartnerAgreementVersion(PartnerQueries.currentAgreementVersion(s) + 1,
                    label, effectiveFrom == null ? today() : effectiveFrom, actor.username(), clock.instant());
            s.persist(v);
            return AgreementVersionView.of(v);
        });
        log.record(SecurityEventKind.PARTNER_AGREEMENT_VERSION_ADDED, actor.username(), "version " + added.version()
                + ": " + reason.strip());
        return added;
    }

    private static void requireFreeName(Session s, String name, Long self) {
        if (name == null || name.isBlank()) {
            return; // the entity says the name is required
        }
        PartnerQueries.partnerNamed(s, name).filter(other -> !other.getId().equals(self)).ifPresent(other -> {
            throw new IllegalArgumentException("Organisation: a partner named " + other.getName() + " is already "
                    + "registered.");
        });
    }

    private static Partner.Terms terms(PartnerDraft d) {
        return new Partner.Terms(d.name(), d.agreementReference(), d.agreementVersion(), d.registrationStatus(),
                d.registeredFrom(), d.registeredUntil(), d.tier(),
                d.contacts().stream().map(PartnerContactView::toContact).toList());
    }
}
