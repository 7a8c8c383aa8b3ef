package com.custodia.ui.common;

import java.util.ResourceBundle;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one uncaught-exception handler: it logs the failure and tells the operator in a dialog.
 *
 * <p>The log gets the exception types and stack frames but never the messages, because a message
 * may quote a name, an e-mail address or a passphrase that reached a parser. The dialog shows the
 * message: the operator may read what they typed.
 */
public final class ErrorReporter implements Thread.UncaughtExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorReporter.class);
    private static final int FRAMES_PER_CAUSE = 8;

    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ResourceBundle bundle;
    /** A failure inside the dialog itself must not open another dialog, forever. */
    private final AtomicBoolean showing = new AtomicBoolean();

    public ErrorReporter(TaskExecutor executor, DialogService dialogs, ResourceBundle commonBundle) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.bundle = commonBundle;
    }

    /** Handles uncaught exceptions of every thread, and of the calling (UI) thread explicitly. */
    public void install() {
        Thread.setDefaultUncaughtExceptionHandler(this);
        Thread.currentThread().setUncaughtExceptionHandler(this);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.error("Unexpected error on thread {}: {}", thread.getName(), describe(error));
        executor.runOnUi(() -> show(error));
    }

    private void show(Throwable error) {
        if (!showing.compareAndSet(false, true)) {
            return;
        }
        try {
            dialogs.showError(bundle.getString("error.unexpected.title"), userMessage(error));
        } catch (RuntimeException e) {
            LOG.error("Could not show the error dialog: {}", describe(e));
        } finally {
            showing.set(false);
        }
    }

    /** What the operator reads: the innermost message that says something, else a generic sentence. */
    String userMessage(Throwable error) {
        String detail = null;
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                detail = t.getMessage();
            }
        }
        String text = bundle.getString("error.unexpected.message");
        return detail == null ? text : text + "\n\n" + detail;
    }

    /** Exception types and top frames of each cause, without messages. */
    public static String describe(Throwable error) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t != error) {
                out.append(System.lineSeparator()).append("caused by ");
            }
            out.append(t.getClass().getName());
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(FRAMES_PER_CAUSE, frames.length); i++) {
                out.append(System.lineSeparator()).append("    at ").append(frames[i]);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return out.toString();
    }
}
