package com.custodia.service.security;

import com.custodia.domain.SecurityEventKind;
import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;

/**
 * The one mechanism by which services check roles. A refusal is written to the security log
 * and raised as an {@link AccessDeniedException} with a message the operator can read.
 */
public final class AccessGuard {

    private final SecurityLog log;

    public AccessGuard(SecurityLog log) {
        this.log = log;
    }

    /**
     * @param operation what the operator tried, in words ("create an operator")
     */
    public void require(Principal principal, Permission permission, String operation) {
        if (principal == null) {
            throw new AccessDeniedException(permission, "Sign in first to " + operation + ".");
        }
        if (!principal.may(permission)) {
            log.record(SecurityEventKind.REFUSED, principal.username(), permission + ": " + operation);
            throw new AccessDeniedException(permission,
                    "Your roles do not allow you to " + operation + ".");
        }
    }
}
