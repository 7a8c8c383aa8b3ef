package com.custodia.service.operators;

import com.custodia.domain.Operator;
import com.custodia.domain.Role;
import com.custodia.domain.SecurityEventKind;
import com.custodia.persistence.Database;
import com.custodia.policy.CredentialRules;
import com.custodia.policy.LoginPolicy;
import com.custodia.policy.Permission;
import com.custodia.service.auth.PasswordHasher;
import com.custodia.service.auth.Principal;
import com.custodia.service.security.AccessGuard;
import com.custodia.service.security.SecurityLog;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.Session;

/**
 * Operator accounts: create, assign roles, disable, reset a password. Administrators only,
 * checked here and not just by the screen. Every change is a security event.
 */
public final class OperatorService {

    private final Database database;
    private final PasswordHasher hasher;
    private final AccessGuard guard;
    private final SecurityLog log;
    private final Clock clock;

    public OperatorService(Database database, PasswordHasher hasher, AccessGuard guard, SecurityLog log, Clock clock) {
        this.database = database;
        this.hasher = hasher;
        this.guard = guard;
        this.log = log;
        this.clock = clock;
    }

    public List<OperatorView> list(Principal actor) {
        guard.require(actor, Permission.OPERATOR_MANAGE, "list operator accounts");
        return database.fromTransaction(s -> s
                .createSelectionQuery("from Operator order by username", Operator.class)
                .getResultList().stream().map(this::view).toList());
    }

    /**
     * Creates an account with a temporary password; its owner must choose their own at first sign-in.
     */
    public OperatorView create(Principal actor, String username, String displayName, Set<Role> roles, char[] temporaryPassword) {
        guard.require(actor, Permission.OPERATOR_MANAGE, "create operator accounts");
        return createChecked(actor.username(), username, displayName, roles, temporaryPassword, true);
    }

    /** The first administrator of a new workspace or server; refused once any operator exists. */
    public OperatorView createFirstAdministrator(String username, String displayName, char[] password) {
        long count = database.fromTransaction(s -> s.createSelectionQuery("select count(*) from Operator", Long.class)
                .getSingleResult());
        if (count > 0) {
            throw new IllegalArgumentException("This database already has operators; sign in as an administrator instead.");
        }
        return createChecked(null, username, displayName, Set.of(Role.ADMINISTRATOR), password, false);
    }

    /**
     * Accounts of a demo workspace, whose passwords are published on the first-run screen, so
     * they skip the strength rules. Refused in any workspace that is not a demo.
     */
    public OperatorView createDemoAccount(boolean workspaceIsDemo, String username, String displayName,
                                          Set<Role> roles, char[] password) {
        if (!workspaceIsDemo) {
            throw new IllegalStateException("Accounts with published passwords exist only in demo workspaces.");
        }
        String hash = hasher.hash(password);
        return database.fromTransaction(s -> insert(s, null, username.toLowerCase(Locale.ROOT), displayName, roles, hash, false));
    }

    private OperatorView createChecked(String actorName, String username, String displayName, Set<Role> roles,
                                       char[] password, boolean mustChange) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        CredentialRules.checkUsername(name).ifPresent(OperatorService::invalid);
        if (displayName == null || displayName.isBlank()) {
            invalid("A display name is required.");
        }
        if (roles == null || roles.isEmpty()) {
            invalid("Choose at least one role.");
        }
        CredentialRules.checkPassword(name, password).ifPresent(OperatorService::invalid);
        String hash = hasher.hash(password);
        return database.fromTransaction(s -> {
            boolean taken = s.createSelectionQuery("select count(*) from Operator where username = :u", Long.class)
                    .setParameter("u", name).getSingleResult() > 0;
            if (taken) {
                invalid("The user name " + name + " is taken.");
            }
            return insert(s, actorName, name, displayName, roles, hash, mustChange);
        });
    }

    private OperatorView insert(Session s, String actorName, String name, String displayName, Set<Role> roles,
                                String hash, boolean mustChange) {
        Operator op = new Operator(name, displayName, roles, hash, clock.instant());
        if (mustChange) {
            op.resetPassword(hash);
        }
        s.persist(op);
        log.append(s, SecurityEventKind.OPERATOR_CREATED, actorName, "created " + name + " with roles " + roles);
        return view(op);
    }

    public OperatorView setRoles(Principal actor, long operatorId, Set<Role> roles) {
        guard.require(actor, Permission.OPERATOR_MANAGE, "change operator roles");
        if (roles == null || roles.isEmpty()) {
            invalid("Choose at least one role.");
        }
        return database.fromTransaction(s -> {
            Operator op = load(s, operatorId);
            if (op.getRoles().contains(Role.ADMINISTRATOR) && !roles.contains(Role.ADMINISTRATOR)) {
                requireAnotherActiveAdministrator(s, op);
            }
            op.setRoles(roles);
            log.append(s, SecurityEventKind.OPERATOR_ROLES_CHANGED, actor.username(), op.getUsername() + " now " + roles);
            return view(op);
        });
    }

    public OperatorView setActive(Principal actor, long operatorId, boolean active) {
        guard.require(actor, Permission.OPERATOR_MANAGE, active ? "enable operator accounts" : "disable operator accounts");
        return database.fromTransaction(s -> {
            Operator op = load(s, operatorId);
            if (!active) {
                if (op.getId() == actor.operatorId()) {
                    invalid("You cannot disable your own account.");
                }
                if (op.getRoles().contains(Role.ADMINISTRATOR)) {
                    requireAnotherActiveAdministrator(s, op);
                }
            }
            op.setActive(active);
            log.append(s, active ? SecurityEventKind.OPERATOR_ENABLED : SecurityEventKind.OPERATOR_DISABLED,
                    actor.username(), op.getUsername());
            return view(op);
        });
    }

    /** Sets a temporary password and unlocks the account; its owner must change it at next sign-in. */
    public OperatorView resetPassword(Principal actor, long operatorId, char[] temporaryPassword) {
        guard.require(actor, Permission.OPERATOR_MANAGE, "reset operator passwords");
        String name = database.fromTransaction(s -> load(s, operatorId).getUsername());
        CredentialRules.checkPassword(name, temporaryPassword).ifPresent(OperatorService::invalid);
        String hash = hasher.hash(temporaryPassword);
        return database.fromTransaction(s -> {
            Operator op = load(s, operatorId);
            op.resetPassword(hash);
            log.append(s, SecurityEventKind.OPERATOR_PASSWORD_RESET, actor.username(), op.getUsername());
            return view(op);
        });
    }

    private static void requireAnotherActiveAdministrator(Session s, Operator except) {
        long others = s.createSelectionQuery(
                        "select count(*) from Operator o join o.roles r where r = :admin and o.active = true and o.id <> :id",
                        Long.class)
                .setParameter("admin", Role.ADMINISTRATOR)
                .setParameter("id", except.getId())
                .getSingleResult();
        if (others == 0) {
            invalid("At least one active administrator must remain.");
        }
    }

    private static Operator load(Session s, long id) {
        Operator op = s.find(Operator.class, id);
        if (op == null) {
            invalid("There is no operator with id " + id + ".");
        }
        return op;
    }

    private static void invalid(String message) {
        throw new IllegalArgumentException(message);
    }

    private OperatorView view(Operator op) {
        return new OperatorView(op.getId() == null ? -1 : op.getId(), op.getUsername(), op.getDisplayName(),
                op.getRoles(), op.isActive(), op.isMustChangePassword(),
                LoginPolicy.isLocked(op.getLockedUntil(), clock.instant()), op.getLastLoginAt(), op.getVersion());
    }
}
