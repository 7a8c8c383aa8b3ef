package com.custodia.service.consent;

import com.custodia.domain.ConsentStatus;

/**
 * Which consents to list across everyone: a purpose fragment (any case), a status, a policy
 * version, only those needing re-confirmation. Null or false means "any".
 */
public record ConsentFilter(String purpose, ConsentStatus status, Long policyVersionId, boolean needsReconfirmation,
                            int limit) {

    public static ConsentFilter all() {
        return new ConsentFilter(null, null, null, false, 500);
    }
}
