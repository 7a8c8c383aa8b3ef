package com.custodia.ui.common;

import com.custodia.domain.Progress;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A piece of long work with progress, a message and cancel. The work itself receives a
 * {@link Progress} to report through and to check for cancellation; its properties are only
 * ever changed on the UI thread, so views may bind to them.
 */
public final class BackgroundTask<T> {

    /** The work: runs on a worker thread, never touches the UI. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Progress progress) throws Exception;
    }

    private final String title;
    private final Work<T> work;
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty running = new SimpleBooleanProperty(false);
    private volatile boolean cancelled;
    private Consumer<T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure;
    private Runnable onCancelled = () -> { };
    private Runnable onFinished = () -> { };

    private BackgroundTask(String title, Work<T> work) {
        this.title = Objects.requireNonNull(title);
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> of(String title, Work<T> work) {
        return new BackgroundTask<>(title, work);
    }

    // ---------------------------------------------------------------- Callbacks (run on the UI thread)

    public BackgroundTask<T> onSuccess(Consumer<T> handler) {
        this.onSuccess = Objects.requireNonNull(handler);
        return this;
    }

    /** Without a failure handler, failures go to the uncaught-exception handler. */
    public BackgroundTask<T> onFailure(Consumer<Throwable> handler) {
        this.onFailure = Objects.requireNonNull(handler);
        return this;
    }

    public BackgroundTask<T> onCancelled(Runnable handler) {
        this.onCancelled = Objects.requireNonNull(handler);
        return this;
    }

    /** After success, failure or cancel. */
    public BackgroundTask<T> onFinished(Runnable handler) {
        this.onFinished = Objects.requireNonNull(handler);
        return this;
    }

    // ---------------------------------------------------------------- Properties

    public String title() {
        return title;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running;
    }

    // ---------------------------------------------------------------- Commands

    /** Asks the work to stop at its next check; whole batches already committed stay. */
    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Runs the work on the current thread, posting every UI change through {@code executor}. */
    void runWith(TaskExecutor executor) {
        executor.runOnUi(() -> running.set(true));
        Progress reporter = new Progress() {
            @Override
            public void update(double fraction, String text) {
                executor.runOnUi(() -> {
                    progress.set(fraction);
                    message.set(text == null ? "" : text);
                });
            }

            @Override
            public void checkCancelled() {
                if (cancelled) {
                    throw new CancellationException(title + " cancelled");
                }
            }
        };
        try {
            T result = work.run(reporter);
            // the work finished: a cancel that came too late changes nothing it did, so it is reported as done
            executor.runOnUi(() -> {
                running.set(false);
                onSuccess.accept(result);
                onFinished.run();
            });
        } catch (CancellationException e) {
            executor.runOnUi(() -> {
                running.set(false);
                onCancelled.run();
                onFinished.run();
            });
        } catch (Exception | Error e) {
            executor.runOnUi(() -> {
                running.set(false);
                try {
                    if (onFailure != null) {
                        onFailure.accept(e);
                    } else {
                        Thread t = Thread.currentThread();
                        t.getUncaughtExceptionHandler().uncaughtException(t, e);
                    }
                } finally {
                    onFinished.run();
                }
            });
        }
    }
}
