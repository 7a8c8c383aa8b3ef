package com.custodia.ui.inventory;

import com.custodia.service.auth.Principal;
import com.custodia.service.inventory.InventoryEntry;
import com.custodia.service.inventory.InventoryService;
import com.custodia.ui.common.BackgroundTask;
import com.custodia.ui.common.DialogService;
import com.custodia.ui.common.FailureReporter;
import com.custodia.ui.common.Notice;
import com.custodia.ui.common.TaskExecutor;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The data inventory (promise P8): every category of personal data Custodia holds, what it
 * holds, the tables it is stored in, which roles see it, why it is kept, and how many rows it has
 * now. The counts are taken in the background, on opening and on refresh.
 */
public final class InventoryViewModel {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final InventoryService service;
    private final Principal actor;
    private final TaskExecutor executor;
    private final Clock clock;
    private final ResourceBundle bundle;
    private final ResourceBundle common;
    private final FailureReporter failures;

    private final ObservableList<InventoryRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final Notice notice = new Notice();

    /**
     * @param common the console's shared bundle, for the names of the roles
     */
    public InventoryViewModel(InventoryService service, Principal actor, TaskExecutor executor, DialogService dialogs,
                              Clock clock, ResourceBundle bundle, ResourceBundle common) {
        this.service = service;
        this.actor = actor;
        this.executor = executor;
        this.clock = clock;
        this.bundle = bundle;
        this.common = common;
        this.failures = new FailureReporter(dialogs, bundle.getString("error.title"));
    }

    // ---------------------------------------------------------------- Properties

    public ObservableList<InventoryRow> rows() {
        return rows;
    }

    /** While the rows are counted. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** How many categories and tables, how many rows in all, and when they were counted. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why the inventory could not be read. */
    public Notice notice() {
        return notice;
    }

    // ---------------------------------------------------------------- Commands

    /** Counts the rows again in the background. */
    public void refresh() {
        if (loading.get()) {
            return;
        }
        loading.set(true);
        executor.execute(BackgroundTask.of(bundle.getString("task.count"), p -> service.inventory(actor))
                .onSuccess(this::show)
                .onFailure(error -> failures.report(error, notice))
                .onFinished(() -> loading.set(false)));
    }

    /** The inventory holds no personal data; the rows are dropped all the same. */
    public void dispose() {
        rows.clear();
    }

    private void show(List<InventoryEntry> entries) {
        notice.clear();
        List<InventoryRow> shown = new ArrayList<>(entries.size());
        Set<String> tables = new HashSet<>();
        long total = 0;
        for (InventoryEntry e : entries) {
            long count = e.rows().values().stream().mapToLong(Long::longValue).sum();
            shown.add(new InventoryRow(e.title(), e.holds(), storedIn(e.rows()), count, roles(e), e.purpose()));
            for (Map.Entry<String, Long> table : e.rows().entrySet()) {
                // a table shared by two categories (person) is counted once in the total
                if (tables.add(table.getKey())) {
                    total += table.getValue();
                }
            }
        }
        rows.setAll(shown);
        Instant now = clock.instant();
        summary.set(format("summary", entries.size(), tables.size(), total, TIME.format(now)));
    }

    private String storedIn(Map<String, Long> tables) {
        if (tables.size() == 1) {
            return tables.keySet().iterator().next();
        }
        return tables.entrySet().stream().map(t -> format("table.rows", t.getKey(), t.getValue()))
                .collect(Collectors.joining("\n"));
    }

    private String roles(InventoryEntry e) {
        String names = e.roles().isEmpty() ? bundle.getString("roles.none")
                : e.roles().stream().sorted().map(r -> common.getString("role." + r.name()))
                .collect(Collectors.joining(", "));
        return e.restriction() == null ? names : names + "\n" + format("roles.restriction", e.restriction());
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
    }
}
