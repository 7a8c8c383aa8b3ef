package com.custodia.service.auth;

import com.custodia.domain.Operator;
import com.custodia.domain.SecurityEventKind;
import com.custodia.policy.CredentialRules;
import com.custodia.policy.LoginPolicy;
import com.custodia.service.security.SecurityLog;
import com.custodia.persistence.Database;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;

/**
 * Sign-in, lockout, re-authentication on the lock screen, and password changes.
 *
 * <p>Unknown user names and wrong passwords get the same message and cost the same time (a
 * dummy hash is verified); unknown names are counted too, so the lockout message reveals nothing.
 */
public final class AuthService {

    public static final String WRONG_CREDENTIALS = "Wrong user name or password.";
    public static final String LOCKED = "Too many failed sign-ins. Sign-in is locked for "
            + LoginPolicy.LOCKOUT.toMinutes() + " minutes.";

    private final Database database;
    private final PasswordHasher hasher;
    private final SecurityLog log;
    private final Clock clock;
    /** Failure counters for names that do not exist, bounded so a flood cannot grow memory. */
    private final Map<String, LoginPolicy.FailureState> unknownNames = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, LoginPolicy.FailureState> eldest) {
            return size() > 1000;
        }
    };

    public AuthService(Database database, PasswordHasher hasher, SecurityLog log, Clock clock) {
        this.database = database;
        this.hasher = hasher;
        this.log = log;
        this.clock = clock;
    }

    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
    }

    /** Signs in, or throws {@link AuthenticationException} with a message for the operator. */
    public LoginResult login(String username, char[] password) {
        String name = normalise(username);
        Instant now = clock.instant();
        Optional<Operator> found = database.fromTransaction(s -> byUsername(s, name));
        if (found.isEmpty()) {
            hasher.verifyDummy(password);
            throw failUnknown(name, now);
        }
        Operator operator = found.get();
        boolean matches = hasher.verify(password, operator.getPasswordHash());
        if (LoginPolicy.isLocked(operator.getLockedUntil(), now)) {
            log.record(SecurityEventKind.LOGIN_FAILED, name, "account locked");
            throw new AuthenticationException(LOCKED, true);
        }
        if (!matches || !operator.isActive()) {
            throw recordFailure(operator.getId(), name, now, operator.isActive() ? "wrong password" : "account disabled");
        }
        boolean rehash = hasher.needsRehash(operator.getPasswordHash());
        String upgraded = rehash ? hasher.hash(password) : null;
        return database.fromTransaction(s -> {
            Operator op = s.find(Operator.class, operator.getId());
            op.recordSuccess(now);
            if (upgraded != null) {
                op.upgradeHash(upgraded);
            }
            log.append(s, SecurityEventKind.LOGIN, name, null);
            return new LoginResult(principalOf(op), op.isMustChangePassword());
        });
    }

    private AuthenticationException failUnknown(String name, Instant now) {
        LoginPolicy.FailureState state;
        synchronized (unknownNames) {
            LoginPolicy.FailureState previous = unknownNames.get(name);
            if (previous != null && LoginPolicy.isLocked(previous.lockedUntil(), now)) {
                log.record(SecurityEventKind.LOGIN_FAILED, name, "account locked");
                return new AuthenticationException(LOCKED, true);
            }
            state = LoginPolicy.afterFailure(previous == null ? 0 : previous.failures(),
                    previous == null ? null : previous.lockedUntil(), now);
            unknownNames.put(name, state);
        }
        log.record(state.locksNow() ? SecurityEventKind.LOCKED_OUT : SecurityEventKind.LOGIN_FAILED, name, "unknown user");
        return state.locksNow() ? new AuthenticationException(LOCKED, true) : new AuthenticationException(WRONG_CREDENTIALS, false);
    }

    private AuthenticationException recordFailure(long operatorId, String name, Instant now, String why) {
        LoginPolicy.FailureState state = database.fromTransaction(s -> {
            Operator op = s.find(Operator.class, operatorId);
            LoginPolicy.FailureState next = LoginPolicy.afterFailure(op.getFailedAttempts(), op.getLockedUntil(), now);
            op.recordFailure(next.failures(), next.lockedUntil());
            log.append(s, next.locksNow() ? SecurityEventKind.LOCKED_OUT : SecurityEventKind.LOGIN_FAILED, name, why);
            return next;
        });
        return state.locksNow() ? new AuthenticationException(LOCKED, true) : new AuthenticationException(WRONG_CREDENTIALS, false);
    }

    /**
     * Checks the password of an operator who is already signed in (the lock screen).
     * Failures count towards the lockout like sign-in failures.
     */
    public Principal reauthenticate(Principal principal, char[] password) {
        LoginResult result = login(principal.username(), password);
        log.record(SecurityEventKind.SESSION_UNLOCKED, principal.username(), null);
        return result.principal();
    }

    public void recordLocked(Principal principal) {
        log.record(SecurityEventKind.SESSION_LOCKED, principal.username(), "idle");
    }

    public void recordLogout(Principal principal) {
        log.record(SecurityEventKind.LOGOUT, principal.username(), null);
    }

    /** The operator changes their own password; the current one must be given. */
    public void changePassword(Principal principal, char[] current, char[] newPassword) {
        CredentialRules.checkPassword(principal.username(), newPassword).ifPresent(reason -> {
            throw new IllegalArgumentException(reason);
        });
        Operator operator = database.fromTransaction(s -> s.find(Operator.class, principal.operatorId()));
        if (operator == null || !hasher.verify(current, operator.getPasswordHash())) {
            throw new AuthenticationException("The current password is wrong.", false);
        }
        if (hasher.verify(newPassword, operator.getPasswordHash())) {
            throw new IllegalArgumentException("The new password must differ from the current one.");
        }
        String hash = hasher.hash(newPassword);
        database.inTransaction(s -> {
            s.find(Operator.class, principal.operatorId()).changePassword(hash);
            log.append(s, SecurityEventKind.PASSWORD_CHANGED, principal.username(), null);
        });
    }

    static Optional<Operator> byUsername(Session session, String username) {
        return session.createSelectionQuery("from Operator where username = :u", Operator.class)
                .setParameter("u", username)
                .uniqueResultOptional();
    }

    static Principal principalOf(Operator op) {
        return new Principal(op.getId(), op.getUsername(), op.getDisplayName(), op.getRoles());
    }
}
