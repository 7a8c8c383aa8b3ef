package com.custodia.domain;

/**
 * Where a statement (testimonial) stands. Consent covers the exact text: editing an approved
 * statement sends it back to {@link #AWAITING_CONSENT}.
 */
public enum StatementStatus {
    DRAFT,
    AWAITING_CONSENT,
    APPROVED,
    PUBLISHED,
    WITHDRAWN
}
