package com.custodia.ui.common;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;

/** Worker threads for long work; {@link Platform#runLater} is called here and nowhere else. */
public final class FxTaskExecutor implements TaskExecutor {

    private final ExecutorService workers = Executors.newFixedThreadPool(2, daemon("custodia-worker"));
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("custodia-timer"));

    private static ThreadFactory daemon(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public <T> BackgroundTask<T> execute(BackgroundTask<T> task) {
        workers.execute(() -> task.runWith(this));
        return task;
    }

    @Override
    public void runOnUi(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public Cancellable scheduleOnUi(Duration period, Runnable action) {
        long millis = Math.max(1, period.toMillis());
        ScheduledFuture<?> future = timer.scheduleAtFixedRate(() -> runOnUi(action), millis, millis, TimeUnit.MILLISECONDS);
        return () -> future.cancel(false);
    }

    @Override
    public void close() {
        workers.shutdownNow();
        timer.shutdownNow();
    }
}
