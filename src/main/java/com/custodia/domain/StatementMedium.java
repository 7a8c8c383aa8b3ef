package com.custodia.domain;

/** Where a statement may be published; consent is given per medium. */
public enum StatementMedium {
    WEBSITE,
    WHITE_PAPER,
    CASE_STUDY,
    OTHER_PUBLIC_SITE
}
