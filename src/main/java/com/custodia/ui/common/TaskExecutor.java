package com.custodia.ui.common;

import java.time.Duration;

/**
 * The one way work crosses threads in the console. Long work runs on a worker through
 * {@link #execute}; results and progress come back on the UI thread. Tests use
 * {@link SyncTaskExecutor}, which runs everything on the calling thread.
 */
public interface TaskExecutor extends AutoCloseable {

    /** Starts the task in the background and returns it (for binding progress and cancelling). */
    <T> BackgroundTask<T> execute(BackgroundTask<T> task);

    /** Runs the action on the UI thread: the only door into it for code outside the views. */
    void runOnUi(Runnable action);

    /** Runs the action on the UI thread every {@code period} until the returned handle is cancelled. */
    Cancellable scheduleOnUi(Duration period, Runnable action);

    @Override
    void close();

    /** A scheduled action that can be stopped. */
    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }
}
