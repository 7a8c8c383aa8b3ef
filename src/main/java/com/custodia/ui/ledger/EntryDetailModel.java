package com.custodia.ui.ledger;

import com.custodia.ui.common.Notice;
import com.custodia.ui.common.FailureReporter;

import com.custodia.service.auth.Principal;
import com.custodia.service.ledger.LedgerEntryView;
import com.custodia.service.ledger.LedgerReader;
import com.custodia.ui.common.BackgroundTask;
import com.custodia.ui.common.TaskExecutor;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The detail pane: every fact of one entry as label and value, its persons (loaded in the
 * background, since an export may list many) and its hashes in hex.
 */
public final class EntryDetailModel {

    /** One line of the detail: what it is and its value, already in words. */
    public record Row(String key, String label, String value) {
    }

    /** How many person ids the pane lists before "and n more". */
    static final int PERSONS_LISTED = 200;

    private final LedgerReader reader;
    private final Principal actor;
    private final TaskExecutor executor;
    private final LedgerText text;
    private final FailureReporter failures;
    private final Clock clock;

    private final ReadOnlyObjectWrapper<LedgerEntryView> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    // one wrapper for everyone: a listener added to a fresh wrapper dies with it when it is collected
    private final ObservableList<Row> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final Notice notice = new Notice();
    private List<Long> persons = List.of();
    private long wanted = -1;

    EntryDetailModel(LedgerReader reader, Principal actor, TaskExecutor executor, LedgerText text, FailureReporter failures,
                     Clock clock) {
        this.reader = reader;
        this.actor = actor;
        this.executor = executor;
        this.text = text;
        this.failures = failures;
        this.clock = clock;
    }

    public ReadOnlyObjectProperty<LedgerEntryView> shownProperty() { return shown.getReadOnlyProperty(); }
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    public ObservableList<Row> rows() { return readOnlyRows; }
    public Notice notice() { return notice; }

    /** The value shown for a key ("detail.leaf" …), for tests and the view. */
    public String value(String key) {
        return rows.stream().filter(r -> r.key().equals(key)).map(Row::value).findFirst().orElse(null);
    }

    /** Shows the entry at once from the table's copy, then adds its persons when they arrive. */
    void show(LedgerEntryView entry) {
        persons = List.of();
        notice.clear();
        if (entry == null) {
            wanted = -1;
            shown.set(null);
            title.set("");
            rows.clear();
            return;
        }
        fill(entry);
        showSeq(entry.seq());
    }

    /** Loads one entry by number (one just made from this screen) and shows it. */
    void showSeq(long seq) {
        wanted = seq;
        executor.execute(BackgroundTask.of(text.get("task.detail"), p -> reader.detail(actor, seq))
                .onSuccess(detail -> {
                    if (wanted == seq) {
                        persons = detail.persons();
                        fill(detail.entry());
                    }
                })
                .onFailure(error -> failures.report(error, notice)));
    }

    /** The entry's person when it concerns exactly one, for the accounting panel. */
    Long onlyPerson() {
        LedgerEntryView e = shown.get();
        return e != null && e.personCount() == 1 && persons.size() == 1 ? persons.get(0) : null;
    }

    private void fill(LedgerEntryView e) {
        shown.set(e);
        title.set(text.format("detail.title", Long.toString(e.seq())));
        List<Row> all = new ArrayList<>();
        add(all, "detail.time", text.time(e.time()));
        add(all, "detail.operator", e.operator() + " (" + String.join(", ", e.operatorRoles()) + ")");
        add(all, "detail.recipient", text.recipientKind(e.recipientKind()) + ": " + e.recipientName());
        add(all, "detail.address", text.orNone(e.recipientAddress()));
        add(all, "detail.basis", text.basis(e.basis()));
        add(all, "detail.reference", text.orNone(e.reference()));
        add(all, "detail.purpose", e.purpose());
        add(all, "detail.channel", e.channel());
        add(all, "detail.categories", text.list(e.categories()));
        add(all, "detail.fields", text.list(e.fields()));
        add(all, "detail.persons", persons(e));
        add(all, "detail.personsDigest", e.personsDigest());
        add(all, "detail.series", text.orNone(e.seriesId()));
        add(all, "detail.nonNotification", e.nonNotificationUntil() == null ? text.get("value.none")
                : e.heldBackAt(clock.instant()) ? text.format("detail.heldBack", text.time(e.nonNotificationUntil()))
                : text.time(e.nonNotificationUntil()));
        add(all, "detail.payload", e.payloadSha256());
        add(all, "detail.leaf", e.leafHash());
        add(all, "detail.chain", e.chainHash());
        rows.setAll(all);
    }

    private String persons(LedgerEntryView e) {
        if (e.personCount() == 0) {
            return text.get("value.none");
        }
        if (persons.isEmpty()) {
            return Long.toString(e.personCount());
        }
        String listed = persons.stream().limit(PERSONS_LISTED).map(String::valueOf).collect(Collectors.joining(", "));
        long more = e.personCount() - Math.min(PERSONS_LISTED, persons.size());
        return more > 0 ? text.format("detail.personsMore", listed, Long.toString(more)) : listed;
    }

    private void add(List<Row> rows, String key, String value) {
        rows.add(new Row(key, text.get(key), value));
    }
}
