package com.custodia.ui.common;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * A screen's one way to call a service (Partners, Requests): on a worker through the task executor,
 * with a busy flag while anything runs, failures reported beside what the operator was doing, and
 * every answer dropped once the screen is left.
 */
public final class ScreenRunner {

    /** A service call run on a worker thread. */
    @FunctionalInterface
    public interface Call<T> {
        T call() throws Exception;
    }

    private final TaskExecutor executor;
    private final FailureReporter failures;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private int running;
    private boolean disposed;

    public ScreenRunner(TaskExecutor executor, FailureReporter failures) {
        this.executor = executor;
        this.failures = failures;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public boolean disposed() {
        return disposed;
    }

    public void dispose() {
        disposed = true;
    }

    /** Runs {@code work}; on success hands its result to {@code then}, on failure says why in {@code notice}. */
    public <T> void run(String title, Call<T> work, Notice notice, Consumer<T> then) {
        run(BackgroundTask.of(title, progress -> work.call()), notice, then);
    }

    /** Runs a task built by the caller (for progress and cancel), reporting as {@link #run(String, Call, Notice, Consumer)}. */
    public <T> BackgroundTask<T> run(BackgroundTask<T> task, Notice notice, Consumer<T> then) {
        return run(task, notice, then, () -> { });
    }

    /** As above, with {@code finished} run after success, failure or cancel (the task's own finish handler is this one's). */
    public <T> BackgroundTask<T> run(BackgroundTask<T> task, Notice notice, Consumer<T> then, Runnable finished) {
        running++;
        busy.set(true);
        return executor.execute(task
                .onSuccess(result -> {
                    if (!disposed) {
                        then.accept(result);
                    }
                })
                .onFailure(error -> {
                    if (!disposed) {
                        failures.report(error, notice);
                    }
                })
                .onFinished(() -> {
                    busy.set(--running > 0);
                    finished.run();
                }));
    }
}
