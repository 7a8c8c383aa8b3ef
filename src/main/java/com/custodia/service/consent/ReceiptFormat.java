package com.custodia.service.consent;

import java.util.Locale;

/** How a consent receipt is exported: Kantara Consent Receipt v1.1 JSON for machines, PDF for people. */
public enum ReceiptFormat {
    JSON,
    PDF;

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ReceiptFormat parse(String value) {
        for (ReceiptFormat f : values()) {
            if (f.name().equalsIgnoreCase(value == null ? "" : value.strip())) {
                return f;
            }
        }
        throw new IllegalArgumentException("Unknown receipt format '" + value + "'; use json or pdf.");
    }
}
