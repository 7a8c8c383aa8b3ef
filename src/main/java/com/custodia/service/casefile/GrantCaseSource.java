package com.custodia.service.casefile;

import com.custodia.domain.GrantEvent;
import com.custodia.domain.LegalBasis;
import com.custodia.domain.LicenseField;
import com.custodia.domain.LicenseShareGrant;
import com.custodia.domain.Partner;
import com.custodia.ledger.AppendedEntry;
import com.custodia.ledger.LedgerQueries;
import com.custodia.persistence.Database;
import com.custodia.policy.DisclosureRules;
import com.custodia.service.auth.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A partner grant with its disclosures as a case: the grant's scope, fields, purpose, dates and
 * history, and every ledger entry made on it (lookups answered, share packages). It goes to a named
 * reviewer as internal use: the partner already holds what it received, the file is for whoever
 * checks that it received only what the grant allowed.
 */
public final class GrantCaseSource implements CaseSource {

    private final Database database;
    private final LedgerQueries ledger;

    public GrantCaseSource(Database database, LedgerQueries ledger) {
        this.database = database;
        this.ledger = ledger;
    }

    @Override
    public CaseKind kind() {
        return CaseKind.GRANT;
    }

    @Override
    public CaseMaterial load(Principal actor, String caseId, CaseRecipient recipient) {
        long id = CaseIds.parse(caseId, "grant");
        Map<String, Object> data = database.fromTransaction(s -> {
            LicenseShareGrant g = s.find(LicenseShareGrant.class, id);
            if (g == null) {
                throw new IllegalArgumentException("There is no grant with id " + id + ".");
            }
            Partner partner = s.find(Partner.class, g.getPartnerId());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("grantId", g.getId());
            m.put("partnerId", g.getPartnerId());
            m.put("partner", partner == null ? null : partner.getName());
            m.put("scope", g.getScope().name());
            m.put("personIds", new TreeSet<>(g.getPersonIds()));
            m.put("products", new TreeSet<>(g.getProducts()));
            m.put("fields", g.getFields().stream().map(LicenseField::fieldName).sorted().toList());
            m.put("purpose", g.getPurpose().name());
            m.put("validFrom", String.valueOf(g.getValidFrom()));
            m.put("validUntil", g.getValidUntil() == null ? null : g.getValidUntil().toString());
            m.put("grantedBy", g.getGrantedBy());
            m.put("grantedAt", String.valueOf(g.getGrantedAt()));
            m.put("reason", g.getReason());
            m.put("revokedAt", g.getRevokedAt() == null ? null : g.getRevokedAt().toString());
            m.put("revokedBy", g.getRevokedBy());
            m.put("revokeReason", g.getRevokeReason());
            List<Map<String, Object>> events = new ArrayList<>();
            for (GrantEvent e : s.createSelectionQuery("from GrantEvent where grantId = :id order by occurredAt, id",
                    GrantEvent.class).setParameter("id", id).getResultList()) {
                Map<String, Object> ev = new LinkedHashMap<>();
                ev.put("kind", e.getKind().name());
                ev.put("operator", e.getOperator());
                ev.put("at", String.valueOf(e.getOccurredAt()));
                ev.put("reason", e.getReason());
                ev.put("validUntil", e.getValidUntil() == null ? null : e.getValidUntil().toString());
                events.add(ev);
            }
            m.put("history", events);
            return m;
        });
        List<AppendedEntry> entries = ledger.entriesReferencing(Set.of(LegalBasis.PARTNER_AGREEMENT), String.valueOf(id));
        Set<Long> persons = new TreeSet<>();
        for (AppendedEntry entry : entries) {
            persons.addAll(ledger.personsOf(entry.seq(), Integer.MAX_VALUE));
        }
        data.put("disclosures", entries.size());
        return new CaseMaterial(kind(), String.valueOf(id), "Grant " + id + " to " + data.get("partner"), data, null,
                List.of(), entries.stream().map(AppendedEntry::seq).toList(),
                CaseSource.toReviewer(recipient, String.valueOf(id), persons,
                        List.of(DisclosureRules.PARTNER_CATEGORY), "case file: partner grant " + id
                                + " and its disclosures"));
    }
}
