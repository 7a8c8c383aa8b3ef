package com.custodia.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The progress bar, message and Cancel of one long task at a time, for a view model to expose:
 * {@link #track} shows a task's progress until {@link #finished}, and {@link #cancel} asks it to stop.
 * Used on the UI thread only.
 */
public final class TaskProgress {

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private BackgroundTask<?> current;

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }

    /** 0..1, or negative while the amount is not known yet. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Shows the task's progress and message from now until {@link #finished}; returns the task. */
    public <T> BackgroundTask<T> track(BackgroundTask<T> task) {
        progress.bind(task.progressProperty());
        message.bind(task.messageProperty());
        running.set(true);
        current = task;
        return task;
    }

    /** Asks the tracked task to stop at its next check. */
    public void cancel() {
        if (current != null) {
            current.cancel();
        }
    }

    /** The tracked task ended (success, failure or cancel): the bar and message go. */
    public void finished() {
        progress.unbind();
        message.unbind();
        message.set("");
        running.set(false);
        current = null;
    }
}
