package com.custodia.domain;

/** Who receives disclosed data. */
public enum RecipientKind {
    PARTNER,
    THIRD_PARTY,
    AUTHORITY,
    DATA_SUBJECT,
    PUBLIC,
    INTERNAL
}
