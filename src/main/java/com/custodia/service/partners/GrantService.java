package com.custodia.service.partners;

import com.custodia.domain.GrantEvent;
import com.custodia.domain.GrantEventKind;
import com.custodia.domain.LicenseShareGrant;
import com.custodia.domain.Partner;
import com.custodia.domain.SecurityEventKind;
import com.custodia.persistence.Database;
import com.custodia.policy.GrantRules;
import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.service.security.AccessGuard;
import com.custodia.service.security.SecurityLog;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.Session;

/**
 * Grants of license information to partners (DESIGN.md P2): granting, renewing and revoking, each
 * by a partner manager with a reason and each kept in the grant's history; and the list of grants
 * with their state and expiry warnings. A revoked or expired grant answers nothing from that moment.
 */
public final class GrantService {

    private final Database database;
    private final AccessGuard guard;
    private final SecurityLog log;
    private final Clock clock;

    public GrantService(Database database, AccessGuard guard, SecurityLog log, Clock clock) {
        this.database = database;
        this.guard = guard;
        this.log = log;
        this.clock = clock;
    }

    /**
     * Grants a partner the right to receive license fields. The partner must be able to receive
     * anything today (registered, under the current agreement), and the chosen customers must exist.
     *
     * @throws IllegalArgumentException naming what is missing or wrong
     */
    public GrantView grant(Principal actor, GrantDraft draft) {
        guard.require(actor, Permission.GRANT_MANAGE, "grant partners license information");
        GrantView granted = database.fromTransaction(s -> {
            Partner partner = PartnerQueries.partner(s, draft.partnerId());
            PartnerView pv = PartnerView.of(partner, PartnerQueries.currentAgreementVersion(s), today());
            if (!pv.mayReceive()) {
                throw new IllegalArgumentException("Cannot grant anything now: " + pv.standing());
            }
            requirePersons(s, draft.personIds());
            Instant now = clock.instant();
            Instant from = draft.validFrom() == null ? now : draft.validFrom();
            LicenseShareGrant grant = new LicenseShareGrant(new LicenseShareGrant.Terms(partner.getId(), draft.scope(),
                    draft.personIds(), draft.products(), draft.fields(), draft.purpose(), from, draft.validUntil()),
                    actor.username(), now, draft.reason());
            if (!grant.getValidUntil().isAfter(now)) {
                throw new IllegalArgumentException("Valid until must be in the future.");
            }
            s.persist(grant);
            s.flush();
            s.persist(new GrantEvent(grant.getId(), GrantEventKind.GRANTED, actor.username(), now, draft.reason(),
                    grant.getValidUntil()));
            return GrantView.of(grant, pv, now);
        });
        log.record(SecurityEventKind.GRANT_CREATED, actor.username(), "grant " + granted.id() + " to partner "
                + granted.partnerId());
        return granted;
    }

    /** Moves a grant's end to {@code until}; a revoked grant cannot be renewed. */
    public GrantView renew(Principal actor, long grantId, Instant until, String reason) {
        guard.require(actor, Permission.GRANT_MANAGE, "renew grants");
        requireReason(reason, "renewal");
        GrantView renewed = database.fromTransaction(s -> {
            LicenseShareGrant grant = lock(s, grantId);
            Instant now = clock.instant();
            if (until == null || !until.isAfter(now)) {
                throw new IllegalArgumentException("Valid until: a renewal runs until a moment in the future.");
            }
            grant.renew(until);
            s.persist(new GrantEvent(grantId, GrantEventKind.RENEWED, actor.username(), now, reason, until));
            s.flush();
            return view(s, grant, now);
        });
        log.record(SecurityEventKind.GRANT_RENEWED, actor.username(), "grant " + grantId + " until " + until);
        return renewed;
    }

    /** Revokes a grant now: it answers nothing from this moment on. */
    public GrantView revoke(Principal actor, long grantId, String reason) {
        guard.require(actor, Permission.GRANT_MANAGE, "revoke grants");
        requireReason(reason, "revocation");
        GrantView revoked = database.fromTransaction(s -> {
            LicenseShareGrant grant = lock(s, grantId);
            Instant now = clock.instant();
            grant.revoke(actor.username(), now, reason);
            s.persist(new GrantEvent(grantId, GrantEventKind.REVOKED, actor.username(), now, reason, null));
            s.flush();
            return view(s, grant, now);
        });
        log.record(SecurityEventKind.GRANT_REVOKED, actor.username(), "grant " + grantId);
        return revoked;
    }

    /** Every grant with its state, by partner and then newest first. */
    public List<GrantView> list(Principal actor) {
        guard.require(actor, Permission.GRANT_MANAGE, "list grants");
        return database.fromTransaction(s -> views(s, s.createSelectionQuery(
                "from LicenseShareGrant order by partnerId, id desc", LicenseShareGrant.class).getResultList()));
    }

    /** The grants of one partner, newest first. */
    public List<GrantView> listFor(Principal actor, long partnerId) {
        guard.require(actor, Permission.GRANT_MANAGE, "list grants");
        return database.fromTransaction(s -> views(s, s.createSelectionQuery(
                        "from LicenseShareGrant where partnerId = :p order by id desc", LicenseShareGrant.class)
                .setParameter("p", partnerId).getResultList()));
    }

    /** Grants that answer now and end within 30 days, or whose partner's registration does: the soonest first. */
    public List<GrantView> expiringSoon(Principal actor) {
        return list(actor).stream().filter(g -> g.state().answers() && g.warning() != null)
                .sorted(Comparator.comparing(GrantView::validUntil)).toList();
    }

    /** The products licenses are held for, for choosing a grant's scope. */
    public List<String> products(Principal actor) {
        guard.require(actor, Permission.GRANT_MANAGE, "grant partners license information");
        return database.fromTransaction(s -> s.createSelectionQuery(
                "select distinct product from License order by product", String.class).getResultList());
    }

    public GrantView find(Principal actor, long grantId) {
        guard.require(actor, Permission.GRANT_MANAGE, "read grants");
        return database.fromTransaction(s -> view(s, PartnerQueries.grant(s, grantId), clock.instant()));
    }

    /** What happened to a grant, oldest first. */
    public List<GrantEventView> history(Principal actor, long grantId) {
        guard.require(actor, Permission.GRANT_MANAGE, "read the history of grants");
        return database.fromTransaction(s -> s.createSelectionQuery(
                        "from GrantEvent where grantId = :g order by occurredAt, id", GrantEvent.class)
                .setParameter("g", grantId).getResultList().stream().map(GrantEventView::of).toList());
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static LicenseShareGrant lock(Session s, long grantId) {
        LicenseShareGrant grant = s.find(LicenseShareGrant.class, grantId, LockModeType.PESSIMISTIC_WRITE);
        if (grant == null) {
            throw new IllegalArgumentException("There is no grant " + grantId + ".");
        }
        return grant;
    }

    private GrantView view(Session s, LicenseShareGrant grant, Instant now) {
        PartnerView partner = PartnerView.of(PartnerQueries.partner(s, grant.getPartnerId()),
                PartnerQueries.currentAgreementVersion(s), LocalDate.ofInstant(now, ZoneOffset.UTC));
        return GrantView.of(grant, partner, now);
    }

    private List<GrantView> views(Session s, List<LicenseShareGrant> grants) {
        Instant now = clock.instant();
        int current = PartnerQueries.currentAgreementVersion(s);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        Map<Long, PartnerView> partners = new HashMap<>();
        return grants.stream().map(g -> GrantView.of(g, partners.computeIfAbsent(g.getPartnerId(),
                id -> PartnerView.of(PartnerQueries.partner(s, id), current, today)), now)).toList();
    }

    private static void requirePersons(Session s, Set<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Set<Long> found = new TreeSet<>(s.createSelectionQuery("select id from Person where id in :ids", Long.class)
                .setParameter("ids", ids).getResultList());
        Set<Long> missing = new TreeSet<>(ids);
        missing.removeAll(found);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("Customers: there is no person " + missing + ".");
        }
    }

    private static void requireReason(String reason, String what) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Reason for the " + what + " is required.");
        }
    }

    /** The rules' view of every grant of a partner (for lookups and packages). */
    static List<GrantRules.GrantFact> facts(Session s, long partnerId) {
        return PartnerQueries.grantsOf(s, partnerId).stream().map(GrantView::fact).toList();
    }

}
