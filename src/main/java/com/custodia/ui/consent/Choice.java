package com.custodia.ui.consent;

/** One entry of a choice box: a value (null for "any") and how it reads. */
record Choice<T>(T value, String label) {

    @Override
    public String toString() {
        return label;
    }
}
