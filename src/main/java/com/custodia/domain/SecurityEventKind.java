package com.custodia.domain;

/** What happened, for the security event table. Never carries personal data or secrets. */
public enum SecurityEventKind {
    LOGIN,
    LOGIN_FAILED,
    LOCKED_OUT,
    LOGOUT,
    SESSION_LOCKED,
    SESSION_UNLOCKED,
    PASSWORD_CHANGED,
    REFUSED,
    OPERATOR_CREATED,
    OPERATOR_ROLES_CHANGED,
    OPERATOR_DISABLED,
    OPERATOR_ENABLED,
    OPERATOR_PASSWORD_RESET,
    WORKSPACE_CREATED,
    DEMO_DATA_GENERATED,
    DISCLOSURE_REFUSED,
    RELEASE_FAILED,
    LEDGER_VERIFIED,
    LEDGER_TAMPERING_DETECTED,
    SIGNING_KEY_REGISTERED,
    CASE_REVIEW_IMPORTED,
    LEGAL_ORDER_ENTERED,
    LEGAL_ORDER_APPROVED,
    LEGAL_ORDER_REJECTED,
    PARTNER_CREATED,
    PARTNER_UPDATED,
    PARTNER_REGISTRATION_RENEWED,
    PARTNER_AGREEMENT_VERSION_ADDED,
    GRANT_CREATED,
    GRANT_RENEWED,
    GRANT_REVOKED,
    PARTNER_LOOKUP_REFUSED,
    SHARE_PACKAGE_REFUSED,
    /** An administrator backed the embedded workspace up to a file (decision 0031). */
    BACKUP_CREATED,
    /** A workspace was restored from a backup file into a new folder (decision 0031). */
    WORKSPACE_RESTORED
}
