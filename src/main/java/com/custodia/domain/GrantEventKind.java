package com.custodia.domain;

/** What happened to a grant. */
public enum GrantEventKind {
    GRANTED,
    RENEWED,
    REVOKED
}
