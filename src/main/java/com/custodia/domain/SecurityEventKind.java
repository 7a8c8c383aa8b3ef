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
    DEMO_DATA_GENERATED
}
