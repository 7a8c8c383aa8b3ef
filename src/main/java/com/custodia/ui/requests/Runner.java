package com.custodia.ui.requests;

import com.custodia.ui.common.BackgroundTask;
import com.custodia.ui.common.FailureReporter;
import com.custodia.ui.common.Notice;
import com.custodia.ui.common.TaskExecutor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The Requests screen's one way to call a service: on a worker through the task executor, a busy
 * flag while anything runs, failures said beside what the operator was doing, and answers dropped
 * once the screen is left.
 */
final class Runner {

    @FunctionalInterface
    interface Call<T> {
        T call() throws Exception;
    }

    private final TaskExecutor executor;
    private final FailureReporter failures;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private int running;
    private boolean disposed;

    Runner(TaskExecutor executor, FailureReporter failures) {
        this.executor = executor;
        this.failures = failures;
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    void dispose() {
        disposed = true;
    }

    <T> void run(String title, Call<T> work, Notice notice, Consumer<T> then) {
        run(BackgroundTask.of(title, progress -> work.call()), notice, then, () -> { });
    }

    <T> BackgroundTask<T> run(BackgroundTask<T> task, Notice notice, Consumer<T> then, Runnable finished) {
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
