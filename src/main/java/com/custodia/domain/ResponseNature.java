package com.custodia.domain;

/** The nature of the response to a request, as the request log records it. */
public enum ResponseNature {
    /** Everything held was handed over. */
    REPORT_DELIVERED,
    /** Every requested correction was applied. */
    CORRECTED,
    /** Some corrections applied, some denied with a reason. */
    PARTLY_CORRECTED,
    /** Every requested correction denied with a reason. */
    CORRECTION_DENIED,
    /** The request was refused as a whole; the basis is recorded. */
    REFUSED
}
