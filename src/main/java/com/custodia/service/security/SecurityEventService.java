package com.custodia.service.security;

import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import java.util.List;

/** Administrators read the security log through this service. */
public final class SecurityEventService {

    private final SecurityLog log;
    private final AccessGuard guard;

    public SecurityEventService(SecurityLog log, AccessGuard guard) {
        this.log = log;
        this.guard = guard;
    }

    /** The newest events first. */
    public List<SecurityEventView> newest(Principal actor, int limit) {
        guard.require(actor, Permission.SECURITY_EVENTS_VIEW, "read the security log");
        return log.newest(Math.max(1, Math.min(limit, 10_000)));
    }
}
