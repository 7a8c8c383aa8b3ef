package com.custodia.domain;

/** How a published statement names its author. */
public enum Attribution {
    FULL_NAME,
    COMPANY_ONLY,
    ANONYMOUS
}
