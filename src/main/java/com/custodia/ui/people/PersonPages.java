package com.custodia.ui.people;

import com.custodia.ui.common.BackgroundTask;
import com.custodia.ui.common.FailureReporter;
import com.custodia.ui.common.Notice;
import com.custodia.ui.common.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A long list of the detail (web visits, disclosures) shown a page at a time, newest first. The
 * services page by key (after this row), which costs the same at any depth; going back to newer
 * pages replays the keys of the pages already seen. Answers for another person or an older
 * request are dropped.
 *
 * @param <T> a row
 * @param <K> the key a page starts after
 */
final class PersonPages<T, K> {

    /** One page as a service returns it: rows, how many there are in all, the key of the next page (null: last). */
    record Slice<T, K>(List<T> rows, long total, K next) {
        Slice {
            rows = List.copyOf(rows);
        }
    }

    /** The service call for one page of one person, run on a worker; {@code after} is null for the first page. */
    @FunctionalInterface
    interface Fetch<T, K> {
        Slice<T, K> page(long personId, K after, int size) throws Exception;
    }

    private final String taskTitle;
    private final Fetch<T, K> fetch;
    private final int pageSize;
    private final TaskExecutor executor;
    private final FailureReporter failures;
    private final PeopleText text;
    private final ObservableList<T> rows = FXCollections.observableArrayList();
    /**
     * The one read-only view handed out. A new wrapper per call would lose the listeners added to
     * it: a wrapper listens to its list only weakly, so it stops passing changes on once collected.
     */
    private final ObservableList<T> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final Notice notice = new Notice();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper hasNewer = new ReadOnlyBooleanWrapper(this, "hasNewer", false);
    private final ReadOnlyBooleanWrapper hasOlder = new ReadOnlyBooleanWrapper(this, "hasOlder", false);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    /** The key each page seen so far started after; the last one is the page shown. */
    private final List<K> starts = new ArrayList<>();
    private K next;
    private long personId = -1;
    private long generation;

    PersonPages(String taskTitle, Fetch<T, K> fetch, int pageSize, TaskExecutor executor, FailureReporter failures,
                PeopleText text) {
        this.taskTitle = taskTitle;
        this.fetch = fetch;
        this.pageSize = pageSize;
        this.executor = executor;
        this.failures = failures;
        this.text = text;
    }

    ObservableList<T> rows() { return readOnlyRows; }
    Notice notice() { return notice; }
    /** "1–50 of 10,000". */
    ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    ReadOnlyBooleanProperty hasNewerProperty() { return hasNewer.getReadOnlyProperty(); }
    ReadOnlyBooleanProperty hasOlderProperty() { return hasOlder.getReadOnlyProperty(); }
    ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }

    /** Shows the person's newest page unless it is shown already. */
    void show(long id) {
        if (id != personId) {
            reload(id);
        }
    }

    /** Shows the person's newest page again. */
    void reload(long id) {
        clear();
        personId = id;
        fetchPage(null, 0);
    }

    void older() {
        if (hasOlder.get() && !loading.get()) {
            fetchPage(next, starts.size());
        }
    }

    void newer() {
        if (hasNewer.get() && !loading.get()) {
            int index = starts.size() - 2;
            fetchPage(starts.get(index), index);
        }
    }

    void clear() {
        generation++;
        personId = -1;
        starts.clear();
        next = null;
        rows.clear();
        notice.clear();
        summary.set("");
        hasNewer.set(false);
        hasOlder.set(false);
        loading.set(false);
    }

    /** Fetches the page that starts after {@code after}, which becomes page number {@code index}. */
    private void fetchPage(K after, int index) {
        long asked = ++generation;
        long id = personId;
        loading.set(true);
        executor.execute(BackgroundTask.of(taskTitle, progress -> fetch.page(id, after, pageSize))
                .onSuccess(slice -> {
                    if (asked == generation) {
                        shown(slice, after, index);
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

    private void shown(Slice<T, K> slice, K after, int index) {
        while (starts.size() > index) {
            starts.remove(starts.size() - 1);
        }
        starts.add(after);
        next = slice.next();
        rows.setAll(slice.rows());
        long first = (long) index * pageSize + 1;
        summary.set(slice.rows().isEmpty() ? text.get("pages.none")
                : text.format("pages.summary", first, first + slice.rows().size() - 1, slice.total()));
        hasNewer.set(index > 0);
        hasOlder.set(next != null);
    }
}
