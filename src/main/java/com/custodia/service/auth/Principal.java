package com.custodia.service.auth;

import com.custodia.domain.Role;
import com.custodia.policy.Permission;
import com.custodia.policy.Permissions;
import java.util.EnumSet;
import java.util.Set;

/** The signed-in operator, as services see it: immutable, no live entity. */
public record Principal(long operatorId, String username, String displayName, Set<Role> roles) {

    public Principal {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean may(Permission permission) {
        return Permissions.allows(roles, permission);
    }
}
