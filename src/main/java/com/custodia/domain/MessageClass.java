package com.custodia.domain;

/**
 * The kinds of email the vendor sends (promise P9). Mandatory service messages always go to
 * customers; the optional ones can be declined.
 */
public enum MessageClass {
    WELCOME(true, "welcome messages"),
    BILLING(true, "billing reminders"),
    TECHNICAL(true, "technical notices"),
    SECURITY(true, "security announcements"),
    FEATURES(false, "feature news"),
    UPGRADES(false, "upgrade offers");

    private final boolean mandatory;
    private final String label;

    MessageClass(boolean mandatory, String label) {
        this.mandatory = mandatory;
        this.label = label;
    }

    /** Mandatory service messages cannot be declined by a customer. */
    public boolean mandatory() {
        return mandatory;
    }

    /** The class in words, for screens and messages. */
    public String label() {
        return label;
    }
}
