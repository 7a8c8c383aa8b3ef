package com.custodia.service.partners;

import com.custodia.domain.GrantPurpose;
import com.custodia.domain.GrantScope;
import com.custodia.domain.LicenseField;
import com.custodia.domain.LicenseShareGrant;
import com.custodia.policy.GrantRules;
import com.custodia.policy.PartnerRules;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/**
 * A grant with where it stands now: its own state (active, expiring soon, not yet valid, expired,
 * revoked), its partner's state, and {@code warning}, the sentence a screen highlights (null when
 * there is nothing to warn about).
 */
public record GrantView(long id, long partnerId, String partnerName, GrantScope scope, Set<Long> personIds,
                        Set<String> products, Set<LicenseField> fields, GrantPurpose purpose, Instant validFrom,
                        Instant validUntil, String grantedBy, Instant grantedAt, String reason, Instant revokedAt,
                        String revokedBy, String revokeReason, GrantRules.State state, boolean expiringSoon,
                        PartnerRules.State partnerState, String warning) {

    public GrantView {
        personIds = Set.copyOf(personIds);
        products = Set.copyOf(products);
        fields = fields.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(fields));
    }

    /** Whether the grant answers lookups now: active itself and its partner registered. */
    public boolean answers() {
        return state.answers() && partnerState.mayReceive();
    }

    static GrantRules.GrantFact fact(LicenseShareGrant g) {
        return new GrantRules.GrantFact(g.getId(), g.getPartnerId(), g.getScope(), g.getPersonIds(), g.getProducts(),
                g.getFields(), g.getPurpose(), g.getValidFrom(), g.getValidUntil(), g.getRevokedAt(), g.getRevokedBy(),
                g.getRevokeReason());
    }

    static GrantView of(LicenseShareGrant g, PartnerView partner, Instant now) {
        GrantRules.GrantFact fact = fact(g);
        GrantRules.State state = fact.state(now);
        String warning = null;
        if (state.answers() && !partner.mayReceive()) {
            warning = "Answers nothing: " + partner.standing();
        } else if (state == GrantRules.State.EXPIRING_SOON) {
            // the day, as the validity and a partner's standing give it, not an instant to the nanosecond
            warning = "Ends on " + java.time.LocalDate.ofInstant(g.getValidUntil(), java.time.ZoneOffset.UTC)
                    + "; renew it before then if the partner still needs it.";
        } else if (state.answers() && partner.expiringSoon()) {
            warning = partner.standing();
        }
        return new GrantView(g.getId(), g.getPartnerId(), partner.name(), g.getScope(), g.getPersonIds(),
                g.getProducts(), g.getFields(), g.getPurpose(), g.getValidFrom(), g.getValidUntil(), g.getGrantedBy(),
                g.getGrantedAt(), g.getReason(), g.getRevokedAt(), g.getRevokedBy(), g.getRevokeReason(), state,
                fact.expiringSoon(now), partner.state(), warning);
    }
}
