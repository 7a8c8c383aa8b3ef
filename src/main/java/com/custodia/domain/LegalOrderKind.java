package com.custodia.domain;

/**
 * The kinds of legal orders (DESIGN.md P4) as stored. The rules know the same kinds as
 * {@code policy.DisclosureRules.OrderKind}, with the basis each supports; the domain cannot see
 * the policy layer, so the names are kept equal and the service translates by name.
 */
public enum LegalOrderKind {
    SUBPOENA,
    JUDICIAL_ORDER,
    ENFORCEMENT,
    IP_PROTECTION
}
