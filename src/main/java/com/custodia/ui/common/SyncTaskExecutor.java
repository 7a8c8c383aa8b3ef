package com.custodia.ui.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs everything at once on the calling thread, for view-model tests. Scheduled actions are
 * kept and run by {@link #runScheduled()}, so a test decides when time passes.
 */
public final class SyncTaskExecutor implements TaskExecutor {

    private final List<Runnable> scheduled = new ArrayList<>();

    @Override
    public <T> BackgroundTask<T> execute(BackgroundTask<T> task) {
        task.runWith(this);
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

    /** Runs every scheduled action once. */
    public void runScheduled() {
        new ArrayList<>(scheduled).forEach(Runnable::run);
    }

    @Override
    public void close() {
        scheduled.clear();
    }
}
