package com.custodia.domain;

/**
 * The registration a partner manager recorded. Whether the partner is registered <em>now</em>
 * also depends on the registration dates and the agreement version ({@code policy.PartnerRules}).
 */
public enum PartnerRegistrationStatus {
    REGISTERED,
    SUSPENDED,
    TERMINATED
}
