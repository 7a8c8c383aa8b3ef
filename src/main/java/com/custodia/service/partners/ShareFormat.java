package com.custodia.service.partners;

import java.util.Locale;

/** The file formats of a share package. */
public enum ShareFormat {
    CSV,
    JSON;

    public static ShareFormat parse(String value) {
        String v = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        for (ShareFormat f : values()) {
            if (f.name().equals(v)) {
                return f;
            }
        }
        throw new IllegalArgumentException("Unknown format '" + value + "'; use csv or json.");
    }
}
