package com.custodia.domain;

/** Checks the entities share: a required text, a length limit. Messages name the field. */
final class Texts {

    private Texts() {
    }

    static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required.");
        }
        return limited(field, value, max);
    }

    static String limited(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new IllegalArgumentException(field + " is too long: at most " + max + " characters, "
                    + value.length() + " given.");
        }
        return value;
    }
}
