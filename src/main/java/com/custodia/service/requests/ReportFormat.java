package com.custodia.service.requests;

import java.util.List;
import java.util.Locale;

/** The access report as PDF for the person or JSON for machines. */
public enum ReportFormat {
    PDF, JSON;

    /** The fields the ledger entry names: the whole report. */
    public List<String> fields() {
        return List.of("access-report." + name().toLowerCase(Locale.ROOT));
    }

    public static ReportFormat parse(String value) {
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Format: pdf or json, not '" + value + "'.");
        }
    }
}
