package com.custodia.service.partners;

import com.custodia.domain.LegalBasis;
import com.custodia.domain.License;
import com.custodia.domain.LicenseField;
import com.custodia.domain.Partner;
import com.custodia.domain.RecipientKind;
import com.custodia.domain.SecurityEventKind;
import com.custodia.ledger.Canonical;
import com.custodia.persistence.Database;
import com.custodia.policy.DisclosureRules;
import com.custodia.policy.GrantRules;
import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.service.disclosure.Disclosed;
import com.custodia.service.disclosure.DisclosureGate;
import com.custodia.service.disclosure.DisclosureKind;
import com.custodia.service.disclosure.DisclosureRefusedException;
import com.custodia.service.disclosure.DisclosureRequest;
import com.custodia.service.security.AccessGuard;
import com.custodia.service.security.SecurityLog;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Answers a partner's question about one license (DESIGN.md P2): exactly the fields one of the
 * partner's grants allows, or a refusal with its reason. An answer passes the disclosure gate
 * (recipient that partner, basis the partner agreement, reference the grant, the license's owner,
 * category licenses, the answered fields), so the ledger entry is committed before the answer is
 * returned, and its payload hash is the SHA-256 of the answer's canonical JSON. A refusal discloses
 * nothing and is a security event.
 */
public final class LicenseLookupService {

    private final Database database;
    private final AccessGuard guard;
    private final DisclosureGate gate;
    private final SecurityLog log;
    private final Clock clock;

    public LicenseLookupService(Database database, AccessGuard guard, DisclosureGate gate, SecurityLog log,
                                Clock clock) {
        this.database = database;
        this.guard = guard;
        this.gate = gate;
        this.log = log;
        this.clock = clock;
    }

    /** What the rules decided and what an answer would carry, read in one transaction. */
    private record Decided(String partner, GrantRules.Answer answer, License license) {
    }

    /** Reads the partner, its grants and the license, and asks the rules; nothing is disclosed here. */
    private Decided decide(String partnerName, String licenseKey, Set<LicenseField> wanted, Instant now) {
        return database.fromTransaction(s -> {
            Optional<Partner> partner = PartnerQueries.partnerNamed(s, partnerName);
            if (partner.isEmpty()) {
                return new Decided(partnerName, new GrantRules.Answer(null, Set.of(), GrantRules.Refusal.UNKNOWN_PARTNER,
                        "No partner named '" + partnerName + "' is registered."), null);
            }
            Partner p = partner.get();
            int current = PartnerQueries.currentAgreementVersion(s);
            Optional<GrantRules.Answer> unregistered = GrantRules.partnerRefusal(PartnerView.fact(p), current, now);
            if (unregistered.isPresent()) {
                return new Decided(p.getName(), unregistered.get(), null);
            }
            Optional<License> license = PartnerQueries.licenseByKey(s, licenseKey);
            if (license.isEmpty()) {
                return new Decided(p.getName(), new GrantRules.Answer(null, Set.of(), GrantRules.Refusal.UNKNOWN_LICENSE,
                        "No license with this key is held."), null);
            }
            License l = license.get();
            GrantRules.Answer answer = GrantRules.mayReceive(PartnerView.fact(p), current,
                    GrantService.facts(s, p.getId()), new GrantRules.LicenseFact(l.getId(), l.getPersonId(),
                            l.getProduct(), l.getResoldByPartnerId()), wanted, now);
            return new Decided(p.getName(), answer, l);
        });
    }

    /**
     * Looks a license up for a partner.
     *
     * @param requested the fields the partner asks for; empty: every field the allowing grant allows
     * @return the answer, or the refusal (nothing disclosed then)
     * @throws com.custodia.service.security.AccessDeniedException when the operator may not answer lookups
     */
    public LookupAnswer lookup(Principal actor, String partnerName, String licenseKey, Set<LicenseField> requested) {
        guard.require(actor, Permission.LICENSE_LOOKUP, "answer license lookups for partners");
        Set<LicenseField> wanted = requested == null ? Set.of() : requested;
        Instant now = clock.instant();
        Decided decided = decide(partnerName, licenseKey, wanted, now);
        GrantRules.Answer answer = decided.answer();
        if (!answer.allowed()) {
            log.record(SecurityEventKind.PARTNER_LOOKUP_REFUSED, actor.username(), "license lookup for partner "
                    + decided.partner() + " refused, " + answer.refusal() + ": " + answer.reason());
            return LookupAnswer.refused(decided.partner(), answer.refusal(), answer.reason());
        }
        License license = decided.license();
        GrantRules.GrantFact grant = answer.grant();
        Map<String, Object> fields = LicenseValues.of(license, answer.fields());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("partner", decided.partner());
        body.put("grant", grant.id());
        body.put("purpose", grant.purpose().name().toLowerCase(Locale.ROOT));
        body.put("answered_at", now.toString());
        body.put("fields", fields);
        byte[] payload = Canonical.encode(body);
        DisclosureRequest request = new DisclosureRequest(DisclosureKind.PARTNER_LOOKUP, RecipientKind.PARTNER,
                decided.partner(), null, LegalBasis.PARTNER_AGREEMENT, String.valueOf(grant.id()),
                Set.of(license.getPersonId()), List.of(DisclosureRules.PARTNER_CATEGORY),
                LicenseValues.names(answer.fields()), "license " + grant.purpose().name().toLowerCase(Locale.ROOT),
                "lookup", "grant-" + grant.id(), null);
        Disclosed disclosed;
        try {
            disclosed = gate.disclose(actor, request, payload, bytes -> { });
        } catch (DisclosureRefusedException e) {
            // the grant or the partner changed between the rules and the gate (revoked a moment ago):
            // the rules, asked again, name the reason; if they still allow it, the gate's reason stands
            GrantRules.Answer again = decide(partnerName, licenseKey, wanted, clock.instant()).answer();
            if (again.allowed()) {
                throw e;
            }
            log.record(SecurityEventKind.PARTNER_LOOKUP_REFUSED, actor.username(), "license lookup for partner "
                    + decided.partner() + " refused, " + again.refusal() + ": " + again.reason());
            return LookupAnswer.refused(decided.partner(), again.refusal(), again.reason());
        }
        return new LookupAnswer(decided.partner(), grant.id(), fields, payload, disclosed.ledgerSeq(),
                disclosed.payloadSha256(), null, null);
    }
}
