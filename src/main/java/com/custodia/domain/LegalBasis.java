package com.custodia.domain;

import java.util.Locale;

/** Why personal data may leave (DESIGN.md section 7, BASIS). */
public enum LegalBasis {
    CONSENT,
    PARTNER_AGREEMENT,
    LEGAL_ORDER,
    ENFORCEMENT,
    IP_PROTECTION,
    SUBJECT_REQUEST,
    INTERNAL_USE;

    /** The command-line spelling: {@code partner-agreement}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static LegalBasis fromCliName(String value) {
        for (LegalBasis basis : values()) {
            if (basis.cliName().equals(value) || basis.name().equalsIgnoreCase(value)) {
                return basis;
            }
        }
        throw new IllegalArgumentException("Unknown basis '" + value + "'; use one of consent, partner-agreement, "
                + "legal-order, enforcement, ip-protection, subject-request, internal-use.");
    }
}
