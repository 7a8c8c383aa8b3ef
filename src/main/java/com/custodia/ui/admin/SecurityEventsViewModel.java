package com.custodia.ui.admin;

import com.custodia.ui.common.Notice;
import com.custodia.ui.common.FailureReporter;

import com.custodia.service.auth.Principal;
import com.custodia.service.security.SecurityEventService;
import com.custodia.service.security.SecurityEventView;
import com.custodia.ui.common.BackgroundTask;
import com.custodia.ui.common.TaskExecutor;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The security events tab: the newest events of the security log, filtered on this machine as
 * the administrator types (the service returns at most {@value #LIMIT}, so filtering needs no
 * further round trip).
 */
public final class SecurityEventsViewModel {

    /** How many of the newest events the tab holds. */
    public static final int LIMIT = 1000;

    private final SecurityEventService service;
    private final Principal actor;
    private final TaskExecutor executor;
    private final AdminText text;
    private final FailureReporter failures;

    private final ObservableList<SecurityEventView> events = FXCollections.observableArrayList();
    private final FilteredList<SecurityEventView> shown = new FilteredList<>(events);
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final Notice notice = new Notice();
    private final StringBinding summary;
    private boolean disposed;

    SecurityEventsViewModel(SecurityEventService service, Principal actor, TaskExecutor executor,
                            AdminText text, FailureReporter failures) {
        this.service = service;
        this.actor = actor;
        this.executor = executor;
        this.text = text;
        this.failures = failures;
        shown.predicateProperty().bind(Bindings.createObjectBinding(() -> matcher(filter.get()), filter));
        summary = Bindings.createStringBinding(() -> text.format("events.summary", shown.size(), events.size()),
                shown, events);
    }

    // ---------------------------------------------------------------- Properties

    /** The events that pass the filter, newest first. */
    public ObservableList<SecurityEventView> shownEvents() {
        return shown;
    }

    /** Every event loaded, before filtering. */
    public ObservableList<SecurityEventView> allEvents() {
        return FXCollections.unmodifiableObservableList(events);
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public Notice notice() {
        return notice;
    }

    /** "n of m events", for the toolbar. */
    public StringBinding summaryProperty() {
        return summary;
    }

    // ---------------------------------------------------------------- Commands

    public void refresh() {
        loading.set(true);
        executor.execute(BackgroundTask.of(text.get("task.loadEvents"), progress -> service.newest(actor, LIMIT))
                .onSuccess(this::show)
                .onFailure(error -> failures.report(error, notice))
                .onFinished(() -> loading.set(false)));
    }

    /** Drops what the tab holds; a load still under way finds the tab closed and keeps nothing. */
    public void dispose() {
        disposed = true;
        events.clear();
        filter.set("");
    }

    // ---------------------------------------------------------------- Cells

    String time(SecurityEventView event) {
        return text.time(event.occurredAt());
    }

    /** The event's kind in words ("Sign-in failed"), as the table shows it. */
    String kind(SecurityEventView event) {
        return text.event(event.kind());
    }

    private void show(List<SecurityEventView> loaded) {
        if (disposed) {
            return;
        }
        events.setAll(loaded);
        notice.clear();
    }

    /**
     * Case-insensitive match of every word typed against the kind (in words, and by the name the
     * logs use, such as LOGIN_FAILED), the operator and the detail.
     */
    private Predicate<SecurityEventView> matcher(String typed) {
        String needle = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return event -> true;
        }
        String[] words = needle.split("\\s+");
        return event -> {
            String haystack = (event.kind() + " " + kind(event) + " " + nullToEmpty(event.operator()) + " "
                    + nullToEmpty(event.detail())).toLowerCase(Locale.ROOT);
            for (String word : words) {
                if (!haystack.contains(word)) {
                    return false;
                }
            }
            return true;
        };
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
