package com.custodia.policy;

import java.time.Duration;
import java.time.Instant;

/**
 * Lockout rules: five consecutive failures lock an account for fifteen minutes.
 * Pure functions over the stored counters, so the rule is tested without a database.
 */
public final class LoginPolicy {

    public static final int MAX_CONSECUTIVE_FAILURES = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(15);

    private LoginPolicy() {
    }

    /** Counters after one more failure. */
    public record FailureState(int failures, Instant lockedUntil) {
        public boolean locksNow() {
            return lockedUntil != null;
        }
    }

    public static boolean isLocked(Instant lockedUntil, Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * The counters after a failed attempt. A lock that has run out starts the count again.
     */
    public static FailureState afterFailure(int previousFailures, Instant previousLock, Instant now) {
        int base = previousLock != null && !isLocked(previousLock, now) ? 0 : previousFailures;
        int failures = base + 1;
        if (failures >= MAX_CONSECUTIVE_FAILURES) {
            return new FailureState(failures, now.plus(LOCKOUT));
        }
        return new FailureState(failures, null);
    }
}
