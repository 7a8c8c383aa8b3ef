package com.custodia.service.security;

import com.custodia.policy.Permission;

/** A service refused an operation because the operator's roles do not allow it. */
public class AccessDeniedException extends RuntimeException {

    private final Permission permission;

    public AccessDeniedException(Permission permission, String message) {
        super(message);
        this.permission = permission;
    }

    public Permission permission() {
        return permission;
    }
}
