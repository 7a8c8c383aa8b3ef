package com.custodia.ui.common;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * An executor for tests that holds background work until the test runs it, so a test can look
 * at the moment between asking for something and getting it (work in flight, a source replaced
 * meanwhile). UI actions run at once on the calling thread, as with {@link SyncTaskExecutor}.
 */
public final class ManualTaskExecutor implements TaskExecutor {

    private final Deque<BackgroundTask<?>> queued = new ArrayDeque<>();
    private final List<Runnable> scheduled = new ArrayList<>();

    @Override
    public <T> BackgroundTask<T> execute(BackgroundTask<T> task) {
        queued.add(task);
        return task;
    }

    @Override
    public void runOnUi(Runnable action) {
        action.run();
    }

    @Override
    public Cancellable scheduleOnUi(Duration period, Runnable action) {
        scheduled.add(action);
        return () -> scheduled.remove(action);
    }

    /** How many pieces of work wait to run. */
    public int pending() {
        return queued.size();
    }

    /** Runs the oldest waiting work, if any. */
    public void runNext() {
        BackgroundTask<?> task = queued.poll();
        if (task != null) {
            task.runWith(this);
        }
    }

    /** Runs waiting work, including work queued meanwhile, until none is left. */
    public void runAll() {
        while (!queued.isEmpty()) {
            runNext();
        }
    }

    /** Runs every scheduled action once. */
    public void runScheduled() {
        new ArrayList<>(scheduled).forEach(Runnable::run);
    }

    /** How many actions are scheduled and not cancelled. */
    public int scheduledCount() {
        return scheduled.size();
    }

    @Override
    public void close() {
        queued.clear();
        scheduled.clear();
    }
}
