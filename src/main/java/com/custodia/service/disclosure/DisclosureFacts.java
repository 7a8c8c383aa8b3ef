package com.custodia.service.disclosure;

import com.custodia.domain.Consent;
import com.custodia.domain.ConsentStatus;
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
                        c.getId(), c.getRecipients(), c.getCategories(), c.getStatus() == ConsentStatus.GRANTED));
            }
        }
        return out;
    }

    /** Overridden once legal orders are stored. */
    protected DisclosureRules.LegalOrderFact legalOrder(Session session, DisclosureRequest request) {
        return null;
    }
}
