package com.custodia.domain;

/** What a partner may use shared license information for (DESIGN.md P2). */
public enum GrantPurpose {
    VERIFICATION,
    VALIDATION,
    UPGRADE
}
