package com.custodia.domain;

/** A partner's tier in the partner programme; it says nothing about what the partner may receive. */
public enum PartnerTier {
    PLATINUM,
    GOLD,
    SILVER,
    AUTHORIZED
}
