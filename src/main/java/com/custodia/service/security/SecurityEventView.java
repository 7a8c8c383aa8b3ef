package com.custodia.service.security;

import com.custodia.domain.SecurityEventKind;
import java.time.Instant;

/** One security event as shown to administrators. */
public record SecurityEventView(long id, Instant occurredAt, String operator, String workstation,
                                SecurityEventKind kind, String detail) {
}
