package com.custodia.service.operators;

import com.custodia.domain.Role;
import java.time.Instant;
import java.util.Set;

/** An operator account as the administration screen shows it; no password hash. */
public record OperatorView(long id, String username, String displayName, Set<Role> roles, boolean active,
                           boolean mustChangePassword, boolean locked, Instant lastLoginAt, long version) {
}
