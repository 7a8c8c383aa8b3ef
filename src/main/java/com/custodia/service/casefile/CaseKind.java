package com.custodia.service.casefile;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The kinds of case that export to a case file. A new kind is a constant here and a
 * {@link CaseSource} for it, listed in {@code Services}.
 */
public enum CaseKind {
    LEGAL_ORDER,
    GRANT,
    ACCOUNTING,
    /** An access or correction request, with the reports delivered on it. */
    REQUEST;

    /** The command-line and manifest spelling: {@code legal-order}. */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static CaseKind fromCliName(String text) {
        for (CaseKind kind : values()) {
            if (kind.cliName().equals(text) || kind.name().equalsIgnoreCase(text)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Unknown case kind '" + text + "'; use one of "
                + Arrays.stream(values()).map(CaseKind::cliName).collect(Collectors.joining(", ")) + ".");
    }
}
