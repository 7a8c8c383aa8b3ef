package com.custodia.service.disclosure;

import com.custodia.domain.Consent;
import com.custodia.domain.ConsentStatus;
import com.custodia.domain.LegalBasis;
import com.custodia.domain.LegalOrder;
import com.custodia.persistence.Database;
import com.custodia.policy.DisclosureRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;

/**
 * Gathers what the disclosure rules need to know: the persons' consents, and the order, grant or
 * request the disclosure refers to. Later issues add grants and requests here.
 */
public class DisclosureFacts {

    private final Database database;

    public DisclosureFacts(Database database) {
        this.database = database;
    }

    public DisclosureRules.Facts load(DisclosureRequest request) {
        return database.fromTransaction(session -> new DisclosureRules.Facts(
                consents(session, request.personIds()),
                null,
                legalOrder(session, request),
                null));
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
}
