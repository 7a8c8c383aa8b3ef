package com.custodia.persistence;

import java.util.HexFormat;

/** Functions that H2 migrations call through {@code CREATE ALIAS} for what its SQL cannot say. */
public final class MigrationFunctions {

    private static final HexFormat HEX = HexFormat.of();

    private MigrationFunctions() {
    }

    /**
     * A SHA-256 written as 64 lower-case hexadecimal digits, as bytes; null for anything else, so
     * that a value that was not a hash stays recognisable as not one.
     */
    public static byte[] unhex(String hex) {
        if (hex == null || hex.length() != 64 || !hex.chars().allMatch(ch -> ch >= '0' && ch <= '9' || ch >= 'a' && ch <= 'f')) {
            return null;
        }
        return HEX.parseHex(hex);
    }
}
