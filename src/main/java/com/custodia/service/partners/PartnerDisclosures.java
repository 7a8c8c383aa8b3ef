package com.custodia.service.partners;

import com.custodia.domain.LegalBasis;
import com.custodia.domain.License;
import com.custodia.domain.LicenseField;
import com.custodia.domain.LicenseShareGrant;
import com.custodia.domain.Partner;
import com.custodia.domain.RecipientKind;
import com.custodia.ledger.AppendedEntry;
import com.custodia.ledger.EntryContent;
import com.custodia.ledger.LedgerQueries;
import com.custodia.persistence.Database;
import com.custodia.policy.GrantRules;
import com.custodia.policy.Permission;
import com.custodia.policy.PersonVisibility;
import com.custodia.service.auth.Principal;
import com.custodia.service.security.AccessGuard;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What partners were told, from the ledger (DESIGN.md P2, P11): per partner, every lookup answer
 * and share package with counts per month; and for one person, which partners can see which of
 * their licenses now and what each partner has received about them.
 */
public final class PartnerDisclosures {

    private final Database database;
    private final LedgerQueries ledger;
    private final AccessGuard guard;
    private final Clock clock;

    public PartnerDisclosures(Database database, LedgerQueries ledger, AccessGuard guard, Clock clock) {
        this.database = database;
        this.ledger = ledger;
        this.guard = guard;
        this.clock = clock;
    }

    /** One disclosure to a partner, as the ledger holds it. */
    public record PartnerDisclosure(long seq, Instant occurredAt, String operator, String partner, String grant,
                                    String channel, String purpose, List<String> fields, long persons,
                                    String payloadSha256) {
        public PartnerDisclosure {
            fields = List.copyOf(fields);
        }

        static PartnerDisclosure of(AppendedEntry e) {
            EntryContent c = e.content();
            return new PartnerDisclosure(e.seq(), c.time(), c.operator(), c.recipientName(), c.reference(), c.channel(),
                    c.purpose(), c.fields(), c.personCount(), c.payloadSha256());
        }
    }

    /** A partner's disclosure history, newest first, and how many disclosures each month (UTC) had. */
    public record PartnerHistory(long partnerId, String partner, List<PartnerDisclosure> disclosures,
                                 SortedMap<YearMonth, Long> perMonth) {
        public PartnerHistory {
            disclosures = List.copyOf(disclosures);
            perMonth = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(perMonth));
        }
    }

    /** A partner that can see a license of the person now, under which grant, which fields, until when. */
    public record PartnerAccess(long partnerId, String partner, long licenseId, String licenseKey, String product,
                                long grantId, List<String> fields, Instant grantUntil) {
        public PartnerAccess {
            fields = List.copyOf(fields);
        }
    }

    /**
     * Which partners can see which of a person's licenses now, and what partners received about
     * them. {@code receivedShown} is false for operators who may not read the ledger's entries about
     * this person (a sales representative: DESIGN.md section 2), and {@code received} is then empty.
     */
    public record PersonPartners(long personId, List<PartnerAccess> canSeeNow, List<PartnerDisclosure> received,
                                 boolean receivedShown) {
        public PersonPartners {
            canSeeNow = List.copyOf(canSeeNow);
            received = List.copyOf(received);
        }
    }

    /**
     * Everything the ledger says this partner received, newest first, with counts per month. An
     * entry belongs to the partner when it names one of the partner's grants: the gate checked that
     * the grant was the recipient's when it recorded the entry, so a later change of the partner's
     * name does not lose its history.
     */
    public PartnerHistory history(Principal actor, long partnerId) {
        guard.require(actor, Permission.PARTNER_MANAGE, "read what partners received");
        record Known(String name, Set<String> grants) {
        }
        Known known = database.fromTransaction(s -> new Known(PartnerQueries.partner(s, partnerId).getName(),
                PartnerQueries.grantsOf(s, partnerId).stream().map(g -> String.valueOf(g.getId()))
                        .collect(java.util.stream.Collectors.toSet())));
        String name = known.name();
        List<PartnerDisclosure> out = new ArrayList<>();
        LedgerQueries.Filter filter = new LedgerQueries.Filter(null, null, LegalBasis.PARTNER_AGREEMENT, null, null,
                null);
        Long before = null;
        while (!known.grants().isEmpty()) {
            List<AppendedEntry> page = ledger.page(filter, before, LedgerQueries.MAX_PAGE);
            for (AppendedEntry e : page) {
                if (e.content().recipientKind() == RecipientKind.PARTNER
                        && known.grants().contains(e.content().reference())) {
                    out.add(PartnerDisclosure.of(e));
                }
            }
            if (page.size() < LedgerQueries.MAX_PAGE) {
                break;
            }
            before = page.get(page.size() - 1).seq();
        }
        SortedMap<YearMonth, Long> perMonth = new TreeMap<>();
        out.forEach(d -> perMonth.merge(YearMonth.from(d.occurredAt().atZone(ZoneOffset.UTC)), 1L, Long::sum));
        return new PartnerHistory(partnerId, name, out, perMonth);
    }

    /**
     * For a person's detail: which partners can see which of their licenses now (keys masked as
     * the operator's roles require), and every disclosure to a partner about them, oldest first.
     */
    public PersonPartners forPerson(Principal actor, long personId) {
        guard.require(actor, Permission.LICENSE_VIEW, "see which partners can see a person's licenses");
        PersonVisibility visibility = PersonVisibility.of(actor.roles());
        Instant now = clock.instant();
        List<PartnerAccess> access = database.fromTransaction(s -> {
            List<License> licenses = s.createSelectionQuery("from License where personId = :p order by id",
                    License.class).setParameter("p", personId).getResultList();
            if (licenses.isEmpty()) {
                return List.<PartnerAccess>of();
            }
            int current = PartnerQueries.currentAgreementVersion(s);
            Map<Long, List<GrantRules.GrantFact>> grants = new HashMap<>();
            for (LicenseShareGrant g : s.createSelectionQuery("from LicenseShareGrant where revokedAt is null "
                    + "and validFrom <= :now and validUntil > :now order by id", LicenseShareGrant.class)
                    .setParameter("now", now).getResultList()) {
                grants.computeIfAbsent(g.getPartnerId(), k -> new ArrayList<>()).add(GrantView.fact(g));
            }
            List<PartnerAccess> out = new ArrayList<>();
            for (Partner p : s.createSelectionQuery("from Partner order by nameKey", Partner.class).getResultList()) {
                List<GrantRules.GrantFact> own = grants.getOrDefault(p.getId(), List.of());
                if (own.isEmpty()) {
                    continue;
                }
                for (License l : licenses) {
                    GrantRules.Answer a = GrantRules.mayReceive(PartnerView.fact(p), current, own,
                            new GrantRules.LicenseFact(l.getId(), l.getPersonId(), l.getProduct(),
                                    l.getResoldByPartnerId()), Set.<LicenseField>of(), now);
                    if (a.allowed()) {
                        out.add(new PartnerAccess(p.getId(), p.getName(), l.getId(),
                                visibility.licenseKey(l.getLicenseKey()), l.getProduct(), a.grant().id(),
                                LicenseValues.names(a.fields()), a.grant().validUntil()));
                    }
                }
            }
            return out;
        });
        // what partners received is the ledger's: for those who read partner histories or the whole ledger
        boolean shown = actor.may(Permission.PARTNER_MANAGE) || actor.may(Permission.LEDGER_READ_ALL);
        List<PartnerDisclosure> received = !shown ? List.of() : ledger.entriesOf(personId).stream()
                .filter(e -> e.content().recipientKind() == RecipientKind.PARTNER)
                .map(PartnerDisclosure::of).toList();
        return new PersonPartners(personId, access, received, shown);
    }
}
