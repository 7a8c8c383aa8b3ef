package com.custodia.ui.ledger;

import com.custodia.ui.common.Notice;
import com.custodia.ui.common.FailureReporter;

import com.custodia.domain.LegalBasis;
import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.service.ledger.AccountingService;
import com.custodia.service.ledger.LedgerEntryView;
import com.custodia.service.ledger.LedgerReader;
import com.custodia.service.people.PersonExportService;
import com.custodia.ui.common.BackgroundTask;
import com.custodia.ui.common.DialogService;
import com.custodia.ui.common.TaskExecutor;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The disclosure ledger screen without its nodes: the filter, a page of entries newest first
 * (loaded in the background, paged by key), the selected entry's detail, verification, and the
 * accounting and export side panels. What the roles do not allow is not asked for, so opening
 * the screen leaves no refusal in the security log; the services decide again on every call.
 */
public final class LedgerViewModel {

    /** Entries per page. */
    public static final int PAGE_SIZE = 100;

    /** What the side panel shows. */
    public enum Panel { DETAIL, ACCOUNTING, EXPORT }

    private final LedgerReader reader;
    private final Principal actor;
    private final TaskExecutor executor;
    private final LedgerText text;
    private final FailureReporter failures;
    private final EntryDetailModel detail;
    private final VerifyViewModel verify;
    private final AccountingForm accounting;
    private final ExportForm export;

    private final StringProperty personFilter = new SimpleStringProperty(this, "personFilter", "");
    private final StringProperty recipientFilter = new SimpleStringProperty(this, "recipientFilter", "");
    private final ObjectProperty<LegalBasis> basisFilter = new SimpleObjectProperty<>(this, "basisFilter");
    private final StringProperty channelFilter = new SimpleStringProperty(this, "channelFilter", "");
    private final ObjectProperty<LocalDate> firstDay = new SimpleObjectProperty<>(this, "firstDay");
    private final ObjectProperty<LocalDate> lastDay = new SimpleObjectProperty<>(this, "lastDay");

    private final ObservableList<LedgerEntryView> entries = FXCollections.observableArrayList();
    // one wrapper for everyone: a listener added to a fresh wrapper dies with it when it is collected
    private final ObservableList<LedgerEntryView> readOnlyEntries = FXCollections.unmodifiableObservableList(entries);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final ReadOnlyBooleanWrapper hasOlder = new ReadOnlyBooleanWrapper(this, "hasOlder", false);
    private final ReadOnlyBooleanWrapper hasNewer = new ReadOnlyBooleanWrapper(this, "hasNewer", false);
    private final ReadOnlyObjectWrapper<Panel> panel = new ReadOnlyObjectWrapper<>(this, "panel", Panel.DETAIL);
    private final Notice notice = new Notice();

    /** The filter of the page shown (as applied, not as being typed) and the keys of the newer pages. */
    private LedgerReader.Filter applied = LedgerReader.Filter.none();
    private final Deque<Long> newerKeys = new ArrayDeque<>();
    private Long currentKey;
    private Long olderKey;
    private long generation;
    private boolean disposed;

    public LedgerViewModel(LedgerReader reader, AccountingService accountingService, PersonExportService exports,
                           Principal actor, TaskExecutor executor, DialogService dialogs, Clock clock,
                           ResourceBundle bundle) {
        this.reader = reader;
        this.actor = actor;
        this.executor = executor;
        this.text = new LedgerText(bundle);
        this.failures = new FailureReporter(dialogs, text.get("error.title"));
        this.detail = new EntryDetailModel(reader, actor, executor, text, failures, clock);
        this.verify = new VerifyViewModel(reader, actor, executor, text, failures);
        this.accounting = new AccountingForm(accountingService, reader, actor, executor, text, failures,
                new FileTarget(dialogs, text), this::reloadAndSelect);
        this.export = new ExportForm(exports, actor, executor, text, failures, new FileTarget(dialogs, text),
                this::reloadAndSelect);
    }

    // ---------------------------------------------------------------- Properties

    public StringProperty personFilterProperty() { return personFilter; }
    public StringProperty recipientFilterProperty() { return recipientFilter; }
    public ObjectProperty<LegalBasis> basisFilterProperty() { return basisFilter; }
    public StringProperty channelFilterProperty() { return channelFilter; }
    public ObjectProperty<LocalDate> firstDayProperty() { return firstDay; }
    public ObjectProperty<LocalDate> lastDayProperty() { return lastDay; }

    /** The entries of the page shown, newest first. */
    public ObservableList<LedgerEntryView> entries() { return readOnlyEntries; }
    /** "1–100 of 230 entries", and how many entries about a filtered person are held back. */
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty hasOlderProperty() { return hasOlder.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty hasNewerProperty() { return hasNewer.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Panel> panelProperty() { return panel.getReadOnlyProperty(); }
    public Notice notice() { return notice; }
    public EntryDetailModel detail() { return detail; }
    public VerifyViewModel verification() { return verify; }
    public AccountingForm accounting() { return accounting; }
    public ExportForm export() { return export; }

    /** Whether the operator reads entries at all: the whole ledger, or those about their own customers. */
    public boolean mayRead() { return actor.may(Permission.LEDGER_READ_ALL) || actor.may(Permission.LEDGER_READ_OWN); }
    /** Whether the operator reads only the entries about their own customers (a sales representative). */
    public boolean readsOwnOnly() { return LedgerReader.readsOwnOnly(actor); }
    /** Whether accountings are delivered from this screen: they are disclosures of the whole ledger's readers. */
    public boolean mayDeliverAccounting() { return actor.may(Permission.LEDGER_READ_ALL); }
    public boolean mayVerify() { return actor.may(Permission.LEDGER_VERIFY); }
    public boolean mayExport() { return actor.may(Permission.PERSON_EXPORT); }

    LedgerText text() { return text; }

    // ---------------------------------------------------------------- Commands

    /** Loads the newest page under the applied filter, if the roles allow reading entries. */
    public void refresh() {
        if (mayRead()) {
            newerKeys.clear();
            load(null);
        }
    }

    /** Takes the typed filter and shows its newest page; a person id that is not a number is refused here. */
    public void applyFilter() {
        String typed = personFilter.get() == null ? "" : personFilter.get().strip();
        Long person = parseId(typed);
        if (!typed.isEmpty() && person == null) {
            notice.error(text.format("filter.badPerson", typed));
            return;
        }
        applied = new LedgerReader.Filter(person, blankToNull(recipientFilter.get()), basisFilter.get(),
                blankToNull(channelFilter.get()), firstDay.get(), lastDay.get());
        refresh();
    }

    public void clearFilter() {
        personFilter.set("");
        recipientFilter.set("");
        basisFilter.set(null);
        channelFilter.set("");
        firstDay.set(null);
        lastDay.set(null);
        applyFilter();
    }

    public void olderPage() {
        if (hasOlder.get()) {
            newerKeys.push(currentKey == null ? Long.MAX_VALUE : currentKey);
            load(olderKey);
        }
    }

    public void newerPage() {
        if (!newerKeys.isEmpty()) {
            long key = newerKeys.pop();
            load(key == Long.MAX_VALUE ? null : key);
        }
    }

    /**
     * Shows the entry in the detail. A table that loses its selection (a new page) passes null,
     * which keeps the detail: it may show an entry just made from a side panel.
     */
    public void select(LedgerEntryView entry) {
        if (entry != null) {
            detail.show(entry);
            panel.set(Panel.DETAIL);
        }
    }

    /** Opens the accounting panel for the filtered person, or else the selected entry's only person. */
    public void openAccounting() {
        Long person = applied.personId() != null ? applied.personId() : detail.onlyPerson();
        accounting.open(person);
        panel.set(Panel.ACCOUNTING);
    }

    public void openExport() {
        export.open();
        panel.set(Panel.EXPORT);
    }

    public void closePanel() {
        panel.set(Panel.DETAIL);
    }

    /** Drops every entry the screen holds; a load still under way finds the screen closed and keeps nothing. */
    public void dispose() {
        disposed = true;
        verify.cancel();
        export.cancel();
        entries.clear();
        detail.show(null);
        summary.set("");
    }

    // ---------------------------------------------------------------- Loading

    /** A page and, when one person is filtered, how many of their entries are held back. */
    private record Loaded(LedgerReader.Page page, long heldBack) {
    }

    private void load(Long before) {
        LedgerReader.Filter filter = applied;
        long mine = ++generation;
        loading.set(true);
        // how many are held back is for readers of the whole ledger only, never for those who talk to the customer
        boolean countHeldBack = filter.personId() != null && !readsOwnOnly();
        executor.execute(BackgroundTask.of(text.get("task.load"), p -> new Loaded(
                        reader.page(actor, filter, before, PAGE_SIZE),
                        countHeldBack ? reader.heldBack(actor, filter.personId()) : 0))
                .onSuccess(loaded -> {
                    // only the newest request may fill the table: an older one finishing late is dropped
                    if (!disposed && mine == generation) {
                        show(loaded, before, filter);
                    }
                })
                .onFailure(error -> failures.report(error, notice))
                .onFinished(() -> {
                    if (mine == generation) {
                        loading.set(false);
                    }
                }));
    }

    private void show(Loaded loaded, Long before, LedgerReader.Filter filter) {
        LedgerReader.Page page = loaded.page();
        currentKey = before;
        olderKey = page.nextBefore();
        entries.setAll(page.entries());
        hasOlder.set(page.more());
        hasNewer.set(!newerKeys.isEmpty());
        long first = (long) newerKeys.size() * PAGE_SIZE + 1;
        String counted = page.entries().isEmpty() ? text.get("entries.none")
                : text.format("entries.summary", first, first + page.entries().size() - 1, page.total());
        if (loaded.heldBack() > 0) {
            counted += " \u00b7 " + text.format("entries.heldBack", loaded.heldBack(), Long.toString(filter.personId()));
        }
        summary.set(counted);
        notice.clear();
    }

    /** After a disclosure from this screen: the newest page again, with the new entry in the detail. */
    private void reloadAndSelect(long seq) {
        refresh();
        detail.showSeq(seq);
    }

    static Long parseId(String typed) {
        String s = typed == null ? "" : typed.strip();
        if (!s.matches("\\d{1,18}")) {
            return null;
        }
        return Long.parseLong(s);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The bases the filter offers, "any" (null) first. */
    static List<LegalBasis> basisChoices() {
        List<LegalBasis> all = new java.util.ArrayList<>();
        all.add(null);
        all.addAll(List.of(LegalBasis.values()));
        return all;
    }
}
