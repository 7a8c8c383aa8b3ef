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

    /**
     * A refusal of an operation the roles allow in general but not on this record (a customer
     * another operator owns): written to the security log like any refusal, and returned for the
     * caller to throw.
     *
     * @param operation what the operator tried, in words, for the log
     * @param reason    the sentence the operator reads
     */
    public AccessDeniedException refuse(Principal principal, Permission permission, String operation, String reason) {
        log.record(SecurityEventKind.REFUSED, principal == null ? null : principal.username(),
                permission + ": " + operation);
        return new AccessDeniedException(permission, reason);
    }
}
