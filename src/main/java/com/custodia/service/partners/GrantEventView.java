package com.custodia.service.partners;

import com.custodia.domain.GrantEvent;
import com.custodia.domain.GrantEventKind;
import java.time.Instant;

/** One entry of a grant's history: granted, renewed or revoked, by whom, when, why, and its end after it. */
public record GrantEventView(long id, long grantId, GrantEventKind kind, String operator, Instant occurredAt,
                             String reason, Instant validUntil) {

    static GrantEventView of(GrantEvent e) {
        return new GrantEventView(e.getId(), e.getGrantId(), e.getKind(), e.getOperator(), e.getOccurredAt(),
                e.getReason(), e.getValidUntil());
    }
}
