package com.custodia.domain;

/** The states a license can be in. */
public enum LicenseStatus {
    ACTIVE,
    EXPIRED,
    REVOKED,
    SUSPENDED
}
