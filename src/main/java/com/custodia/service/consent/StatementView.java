package com.custodia.service.consent;

import java.time.Instant;

/**
 * A statement with its consent state at a glance: {@code consentState} says in words whether a
 * consent covers the current text in the intended medium (or why not), {@code publications}
 * counts the places it appeared.
 */
public record StatementView(long id, long personId, String personName, Long campaignId, String text,
                            String textSha256, String source, String medium, String attribution, String incentive,
                            String status, boolean publishable, String consentState, int publications,
                            Instant recordedAt, String recordedBy, Instant updatedAt) {
}
