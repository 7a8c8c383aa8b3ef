package com.custodia.domain;

/** Why the vendor may write to someone who is not a customer (promise P10). */
public enum PointOfContactReason {
    PRODUCT_ORDERED("product ordered"),
    TRIAL_ISSUED("trial license issued"),
    SUPPORT_REQUESTED("technical support requested"),
    INFORMATION_REQUESTED("information requested");

    private final String label;

    PointOfContactReason(String label) {
        this.label = label;
    }

    /** The reason in words, for screens and messages. */
    public String label() {
        return label;
    }
}
