package com.custodia.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginPolicyTest {

    private final Instant now = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void fourFailuresDoNotLock() {
        LoginPolicy.FailureState state = new LoginPolicy.FailureState(0, null);
        for (int i = 0; i < 4; i++) {
            state = LoginPolicy.afterFailure(state.failures(), state.lockedUntil(), now);
        }
        assertThat(state.failures()).isEqualTo(4);
        assertThat(state.locksNow()).isFalse();
    }

    @Test
    void theFifthConsecutiveFailureLocksForFifteenMinutes() {
        LoginPolicy.FailureState state = LoginPolicy.afterFailure(4, null, now);
        assertThat(state.lockedUntil()).isEqualTo(now.plus(Duration.ofMinutes(15)));
        assertThat(LoginPolicy.isLocked(state.lockedUntil(), now.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(LoginPolicy.isLocked(state.lockedUntil(), now.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void aFailureAfterAnExpiredLockStartsCountingAgain() {
        Instant expired = now.minusSeconds(1);
        LoginPolicy.FailureState state = LoginPolicy.afterFailure(5, expired, now);
        assertThat(state.failures()).isEqualTo(1);
        assertThat(state.locksNow()).isFalse();
    }
}
