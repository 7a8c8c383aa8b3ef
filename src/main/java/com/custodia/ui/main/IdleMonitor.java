package com.custodia.ui.main;

import com.custodia.ui.common.TaskExecutor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Locks the session after a stretch without mouse or keyboard input.
 *
 * <p>Time comes from the injected {@link Clock} and the check runs through
 * {@link TaskExecutor#scheduleOnUi}, so tests advance a clock and call {@link #checkNow()}
 * instead of waiting fifteen minutes. It fires once, then stays quiet until restarted.
 */
public final class IdleMonitor {

    /** How often the clock is looked at; the lock may come this much later than the limit. */
    static final Duration CHECK_PERIOD = Duration.ofSeconds(5);

    private final Clock clock;
    private final Duration timeout;
    private final Runnable onIdle;
    private Instant lastActivity;
    private TaskExecutor.Cancellable schedule;
    private boolean armed;

    public IdleMonitor(Clock clock, Duration timeout, Runnable onIdle) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the idle timeout must be positive");
        }
        this.clock = Objects.requireNonNull(clock);
        this.timeout = timeout;
        this.onIdle = Objects.requireNonNull(onIdle);
        this.lastActivity = clock.instant();
    }

    /** Starts watching from now; calling it again restarts the count. */
    public void start(TaskExecutor executor) {
        stop();
        lastActivity = clock.instant();
        armed = true;
        schedule = executor.scheduleOnUi(CHECK_PERIOD, this::checkNow);
    }

    public void stop() {
        armed = false;
        if (schedule != null) {
            schedule.cancel();
            schedule = null;
        }
    }

    /** Mouse or keyboard input was seen. */
    public void activity() {
        lastActivity = clock.instant();
    }

    /**
     * Fires {@code onIdle} when the limit has passed since the last input, at most once per start.
     *
     * @return whether it fired now
     */
    public boolean checkNow() {
        if (!armed) {
            return false;
        }
        if (Duration.between(lastActivity, clock.instant()).compareTo(timeout) < 0) {
            return false;
        }
        stop();
        onIdle.run();
        return true;
    }

    public boolean isRunning() {
        return armed;
    }

    public Duration timeout() {
        return timeout;
    }
}
