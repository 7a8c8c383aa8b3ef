package com.custodia.domain;

import java.util.Locale;

/**
 * The license fields a grant may allow a partner to receive (DESIGN.md P2). Nothing else of a
 * person can be granted: no contact details, orders or analytics. {@link #fieldName()} is the name
 * in answers, share packages and ledger entries.
 */
public enum LicenseField {
    LICENSE_KEY("license_key"),
    PRODUCT("product"),
    EDITION("edition"),
    SEATS("seats"),
    STATUS("status"),
    EXPIRY("expiry"),
    UPGRADE_ELIGIBILITY("upgrade_eligibility");

    private final String fieldName;

    LicenseField(String fieldName) {
        this.fieldName = fieldName;
    }

    public String fieldName() {
        return fieldName;
    }

    /**
     * A field by its name ({@code license_key}, {@code LICENSE_KEY} or {@code license-key}).
     *
     * @throws IllegalArgumentException naming the fields that can be granted
     */
    public static LicenseField parse(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        for (LicenseField f : values()) {
            if (f.fieldName.equals(v)) {
                return f;
            }
        }
        throw new IllegalArgumentException("'" + value + "' is not a license field a partner can be granted; use "
                + "license_key, product, edition, seats, status, expiry or upgrade_eligibility.");
    }
}
