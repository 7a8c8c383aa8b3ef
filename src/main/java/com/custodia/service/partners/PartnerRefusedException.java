package com.custodia.service.partners;

import com.custodia.policy.GrantRules;
import com.custodia.service.disclosure.DisclosureRefusedException;

/**
 * A partner may not receive what was asked: nothing was recorded in the ledger and nothing handed
 * over; the refusal is in the security log. {@link #refusal()} says why in a form code can test.
 */
public class PartnerRefusedException extends DisclosureRefusedException {

    private final GrantRules.Refusal refusal;

    public PartnerRefusedException(GrantRules.Refusal refusal, String reason) {
        super(reason);
        this.refusal = refusal;
    }

    public GrantRules.Refusal refusal() {
        return refusal;
    }
}
