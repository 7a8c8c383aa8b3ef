package com.custodia.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.custodia.ui.common.SyncTaskExecutor;
import com.custodia.ui.support.MutableClock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IdleMonitorTest {

    private final MutableClock clock = MutableClock.atFixedStart();
    private final SyncTaskExecutor executor = new SyncTaskExecutor();
    private final AtomicInteger locks = new AtomicInteger();
    private IdleMonitor monitor;

    @BeforeEach
    void setUp() {
        monitor = new IdleMonitor(clock, Duration.ofMinutes(15), locks::incrementAndGet);
        monitor.start(executor);
    }

    @Test
    void doesNotLockBeforeTheLimit() {
        clock.advance(Duration.ofMinutes(14).plusSeconds(59));

        executor.runScheduled();

        assertThat(locks).hasValue(0);
        assertThat(monitor.isRunning()).isTrue();
    }

    @Test
    void locksOnceTheLimitHasPassed() {
        clock.advance(Duration.ofMinutes(15));

        executor.runScheduled();

        assertThat(locks).hasValue(1);
        assertThat(monitor.isRunning()).isFalse();
    }

    @Test
    void inputStartsTheCountAgain() {
        clock.advance(Duration.ofMinutes(10));
        monitor.activity();
        clock.advance(Duration.ofMinutes(10));

        assertThat(monitor.checkNow()).isFalse();

        clock.advance(Duration.ofMinutes(5));
        assertThat(monitor.checkNow()).isTrue();
        assertThat(locks).hasValue(1);
    }

    @Test
    void locksOnlyOnceUntilStartedAgain() {
        clock.advance(Duration.ofMinutes(16));
        monitor.checkNow();
        clock.advance(Duration.ofMinutes(16));
        monitor.checkNow();
        assertThat(locks).hasValue(1);

        monitor.start(executor);
        clock.advance(Duration.ofMinutes(16));
        executor.runScheduled();
        assertThat(locks).hasValue(2);
    }

    @Test
    void aStoppedMonitorNeverLocks() {
        monitor.stop();
        clock.advance(Duration.ofHours(2));

        executor.runScheduled();

        assertThat(monitor.checkNow()).isFalse();
        assertThat(locks).hasValue(0);
    }

    @Test
    void aZeroLimitIsRefused() {
        assertThatThrownBy(() -> new IdleMonitor(clock, Duration.ZERO, () -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
