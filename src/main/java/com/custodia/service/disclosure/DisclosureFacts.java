package com.custodia.service.disclosure;

import com.custodia.domain.Consent;
import com.custodia.domain.ConsentStatus;
import com.custodia.domain.LegalBasis;
import com.custodia.domain.LegalOrder;
import com.custodia.domain.LicenseShareGrant;
import com.custodia.domain.Partner;
import com.custodia.domain.SubjectRequest;
import com.custodia.persistence.Database;
import com.custodia.policy.DisclosureRules;
import com.custodia.policy.PartnerRules;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.TreeSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;

/**
 * Gathers what the disclosure rules need to know: the persons' consents, and the order, grant or
 * access or correction request the disclosure refers to.
 */
public class DisclosureFacts {

    private final Database database;
    private final Clock clock;

    public DisclosureFacts(Database database) {
        this(database, Clock.systemUTC());
    }

    public DisclosureFacts(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public DisclosureRules.Facts load(DisclosureRequest request) {
        return database.fromTransaction(session -> new DisclosureRules.Facts(
                consents(session, request.personIds()),
                grant(session, request),
                legalOrder(session, request),
                subjectRequest(session, request)));
    }

    /**
     * The grant a disclosure on the partner agreement refers to: its reference is the grant's id.
     * The fact says whether the partner may receive anything today (registered, within its dates,
     * under the current agreement), whether the grant answers now, which of the disclosure's
     * persons hold a license its scope covers, and which fields it allows.
     */
    protected DisclosureRules.GrantFact grant(Session session, DisclosureRequest request) {
        if (request.basis() != LegalBasis.PARTNER_AGREEMENT) {
            return null;
        }
        long id;
        try {
            id = Long.parseLong(request.reference() == null ? "" : request.reference().strip());
        } catch (NumberFormatException e) {
            return null;
        }
        LicenseShareGrant grant = session.find(LicenseShareGrant.class, id);
        if (grant == null) {
            return null;
        }
        Partner partner = session.find(Partner.class, grant.getPartnerId());
        Integer current = session.createSelectionQuery("select max(version) from PartnerAgreementVersion",
                Integer.class).getSingleResult();
        Instant now = clock.instant();
        PartnerRules.Standing standing = PartnerRules.standing(new PartnerRules.PartnerFact(partner.getId(),
                partner.getName(), partner.getRegistrationStatus(), partner.getRegisteredFrom(),
                partner.getRegisteredUntil(), partner.getAgreementVersion()), current == null ? 1 : current,
                LocalDate.ofInstant(now, ZoneOffset.UTC));
        boolean registered = standing.mayReceive() || standing.state() == PartnerRules.State.STALE_AGREEMENT;
        boolean agreementCurrent = standing.state() != PartnerRules.State.STALE_AGREEMENT;
        Set<String> fields = new TreeSet<>();
        grant.getFields().forEach(f -> fields.add(f.fieldName()));
        return new DisclosureRules.GrantFact(grant.getId(), partner.getName(), registered, agreementCurrent,
                grant.getRevokedAt() == null, grant.getValidFrom(), grant.getValidUntil(),
                coveredPersons(session, grant, request.personIds()), fields);
    }

    /** The persons of the disclosure who hold a license the grant's scope covers. */
    private static Set<Long> coveredPersons(Session session, LicenseShareGrant grant, Set<Long> persons) {
        Set<Long> covered = new TreeSet<>();
        if (persons.isEmpty()) {
            return covered;
        }
        List<Long> ids = new ArrayList<>(persons);
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            switch (grant.getScope()) {
                case CUSTOMERS -> chunk.stream().filter(grant.getPersonIds()::contains).forEach(covered::add);
                case PRODUCTS -> covered.addAll(session.createSelectionQuery(
                                "select distinct personId from License where personId in :ids and product in :products",
                                Long.class)
                        .setParameter("ids", chunk).setParameter("products", grant.getProducts()).getResultList());
                case RESOLD -> covered.addAll(session.createSelectionQuery(
                                "select distinct personId from License where personId in :ids "
                                        + "and resoldByPartnerId = :partner", Long.class)
                        .setParameter("ids", chunk).setParameter("partner", grant.getPartnerId()).getResultList());
            }
        }
        return covered;
    }

    private static Map<Long, List<DisclosureRules.ConsentFact>> consents(Session session, Set<Long> persons) {
        Map<Long, List<DisclosureRules.ConsentFact>> out = new HashMap<>();
        if (persons.isEmpty()) {
            return out;
        }
        List<Long> ids = new ArrayList<>(persons);
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            for (Consent c : session.createSelectionQuery("from Consent where personId in :ids", Consent.class)
                    .setParameter("ids", chunk).getResultList()) {
                out.computeIfAbsent(c.getPersonId(), k -> new ArrayList<>()).add(new DisclosureRules.ConsentFact(
                        c.getId(), c.getRecipients(), c.getCategories(), c.getStatus() == ConsentStatus.GRANTED,
                        c.getExpiresAt()));
            }
        }
        return out;
    }

    /**
     * The legal order a disclosure on a legal basis refers to: its reference is the order's id.
     * Anything else (another basis, a reference that is no id, an unknown id) finds no order, and
     * the rules refuse with their own reason.
     */
    protected DisclosureRules.LegalOrderFact legalOrder(Session session, DisclosureRequest request) {
        if (request.basis() != LegalBasis.LEGAL_ORDER && request.basis() != LegalBasis.ENFORCEMENT
                && request.basis() != LegalBasis.IP_PROTECTION) {
            return null;
        }
        long id;
        try {
            id = Long.parseLong(request.reference() == null ? "" : request.reference().strip());
        } catch (NumberFormatException e) {
            return null;
        }
        LegalOrder order = session.find(LegalOrder.class, id);
        if (order == null) {
            return null;
        }
        return new DisclosureRules.LegalOrderFact(order.getId(),
                DisclosureRules.OrderKind.valueOf(order.getKind().name()), order.getStatus().approved(),
                order.getPersonIds(), order.getCategories());
    }

    /**
     * The access or correction request a disclosure on the basis of a subject request refers to:
     * its reference is the request's id. Verified means the identity was checked and, for an
     * access request, confirmed by a second operator; the persons are those it was matched to and
     * the records merged into them.
     */
    protected DisclosureRules.SubjectRequestFact subjectRequest(Session session, DisclosureRequest request) {
        if (request.basis() != LegalBasis.SUBJECT_REQUEST) {
            return null;
        }
        long id;
        try {
            id = Long.parseLong(request.reference() == null ? "" : request.reference().strip());
        } catch (NumberFormatException e) {
            return null;
        }
        SubjectRequest found = session.find(SubjectRequest.class, id);
        if (found == null) {
            return null;
        }
        Set<Long> persons = new TreeSet<>(found.getPersonIds());
        for (long p : found.getPersonIds()) {
            session.createNativeQuery("SELECT merged_id FROM person_merge WHERE survivor_id = :p", Object.class)
                    .setParameter("p", p).getResultList().forEach(m -> persons.add(((Number) m).longValue()));
        }
        return new DisclosureRules.SubjectRequestFact(found.getId(), found.getVerifiedAt() != null,
                found.identityEstablished(), persons);
    }
}
