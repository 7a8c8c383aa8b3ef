package com.custodia.service.consent;

import java.time.Instant;
import java.time.LocalDate;

/** A published privacy policy version, without its text (see {@link PolicyVersionService#text}). */
public record PolicyVersionView(long id, String label, LocalDate lastUpdated, LocalDate effectiveFrom, String policyUrl,
                                String textSha256, Instant publishedAt, String publishedBy, boolean current) {
}
