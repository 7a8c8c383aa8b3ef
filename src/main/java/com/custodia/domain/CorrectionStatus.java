package com.custodia.domain;

/** Where one requested correction stands: decided per item, applied through the person editor. */
public enum CorrectionStatus {
    PENDING,
    APPROVED,
    DENIED,
    APPLIED
}
