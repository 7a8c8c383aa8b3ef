package com.custodia.ui.people;

import com.custodia.ui.common.BackgroundTask;
import com.custodia.ui.common.FailureReporter;
import com.custodia.ui.common.Notice;
import com.custodia.ui.common.TaskExecutor;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One list of the detail (licenses, consents, history …) for the person shown, fetched on a
 * worker when its tab is first shown. A person selected while an answer is on its way makes that
 * answer stale, and it is dropped, so a list never shows another person's rows.
 */
final class PersonPart<T> {

    /** The service call for one person, run on a worker. */
    @FunctionalInterface
    interface Fetch<T> {
        List<T> of(long personId) throws Exception;
    }

    private final String taskTitle;
    private final Fetch<T> fetch;
    private final TaskExecutor executor;
    private final FailureReporter failures;
    private final ObservableList<T> items = FXCollections.observableArrayList();
    /**
     * The one read-only view handed out. A new wrapper per call would lose the listeners added to
     * it: a wrapper listens to its list only weakly, so it stops passing changes on once collected.
     */
    private final ObservableList<T> readOnlyItems = FXCollections.unmodifiableObservableList(items);
    private final Notice notice = new Notice();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    /** The person the items belong to (or are being fetched for); -1 for none. */
    private long personId = -1;
    private long generation;

    PersonPart(String taskTitle, Fetch<T> fetch, TaskExecutor executor, FailureReporter failures) {
        this.taskTitle = taskTitle;
        this.fetch = fetch;
        this.executor = executor;
        this.failures = failures;
    }

    ObservableList<T> items() {
        return readOnlyItems;
    }

    Notice notice() {
        return notice;
    }

    ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Fetches the person's rows unless they are already shown or on their way. */
    void show(long id) {
        if (id != personId) {
            reload(id);
        }
    }

    /** Fetches the person's rows again, e.g. after a save changed them. */
    void reload(long id) {
        clear();
        personId = id;
        long asked = generation;
        loading.set(true);
        executor.execute(BackgroundTask.of(taskTitle, progress -> fetch.of(id))
                .onSuccess(rows -> {
                    if (asked == generation) {
                        items.setAll(rows);
                    }
                })
                .onFailure(error -> {
                    if (asked == generation) {
                        failures.report(error, notice);
                    }
                })
                .onFinished(() -> {
                    if (asked == generation) {
                        loading.set(false);
                    }
                }));
    }

    /** Fetches the person's rows again if they are shown or on their way; a list never opened stays unfetched. */
    void refresh(long id) {
        if (id == personId) {
            reload(id);
        }
    }

    /** Forgets the rows (another person, or the screen is left); answers still on their way are dropped. */
    void clear() {
        generation++;
        personId = -1;
        items.clear();
        notice.clear();
        loading.set(false);
    }
}
