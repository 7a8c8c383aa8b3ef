package com.custodia.ui.people;

import com.custodia.domain.PersonKind;
import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.service.people.PersonFilter;
import com.custodia.service.people.PersonListing;
import com.custodia.service.people.PersonListings;
import com.custodia.service.people.PersonRow;
import com.custodia.service.people.PersonSort;
import com.custodia.ui.common.BackgroundTask;
import com.custodia.ui.common.DialogService;
import com.custodia.ui.common.FailureReporter;
import com.custodia.ui.common.Notice;
import com.custodia.ui.common.PageSource;
import com.custodia.ui.common.PagedRows;
import com.custodia.ui.common.TaskExecutor;
import java.time.Clock;
import java.time.Duration;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The People screen without its nodes. The master is a table over a listing of any size (a
 * million persons): the listing's ids are taken on a worker, and {@link PagedRows} fetches the
 * rows a page at a time as the table shows them. Search runs as the operator types, after a short
 * pause, on a worker; an answer to an older query is dropped. Filters (kind, country, opted out)
 * combine with the text. The selected row's person is shown by the {@link #detail() detail}.
 * What the rows hold is already cut to the operator's roles by the service.
 */
public final class PeopleViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(PeopleViewModel.class);

    /** How long typing must pause before the text is searched for. */
    static final Duration PAUSE = Duration.ofMillis(150);
    /** Rows shown while the listing of everyone is taken: more than a screenful. */
    static final int FIRST_ROWS = 100;

    private final PersonListings listings;
    private final Principal actor;
    private final TaskExecutor executor;
    private final PeopleText text;
    private final FailureReporter failures;
    private final PersonDetailViewModel detail;
    private final PagedRows<PersonRow> rows;

    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ObjectProperty<PersonKind> kindFilter = new SimpleObjectProperty<>(this, "kindFilter");
    private final StringProperty countryFilter = new SimpleStringProperty(this, "countryFilter", "");
    private final BooleanProperty optedOutFilter = new SimpleBooleanProperty(this, "optedOutFilter", false);
    private final BooleanProperty openRequestFilter = new SimpleBooleanProperty(this, "openRequestFilter", false);
    private final StringProperty jumpText = new SimpleStringProperty(this, "jumpText", "");
    private final ReadOnlyStringWrapper countText = new ReadOnlyStringWrapper(this, "countText", "");
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(this, "searching", false);
    private final ReadOnlyObjectWrapper<PagedRows.Jump> selectRequest = new ReadOnlyObjectWrapper<>(this, "selectRequest");
    private final Notice notice = new Notice();
    private TaskExecutor.Cancellable pending;
    /** Bumped with every search: an answer of an earlier one is stale. */
    private long searches;
    private long selections;
    private int selectedIndex = -1;
    /** Set while the text is set from outside (Ctrl+K), which searches at once rather than after a pause. */
    private boolean quiet;
    private boolean disposed;

    public PeopleViewModel(PersonListings listings, PeopleServices services, Principal actor, TaskExecutor executor,
                           DialogService dialogs, PeopleText text, Clock clock) {
        this.listings = listings;
        this.actor = actor;
        this.executor = executor;
        this.text = text;
        this.failures = new FailureReporter(dialogs, text.get("error.title"));
        this.detail = new PersonDetailViewModel(services, actor, executor, dialogs, text, clock);
        this.rows = new PagedRows<>(executor, text.get("task.rows"));
        searchText.addListener((o, was, now) -> typed());
        countryFilter.addListener((o, was, now) -> typed());
        kindFilter.addListener((o, was, now) -> search());
        optedOutFilter.addListener((o, was, now) -> search());
        openRequestFilter.addListener((o, was, now) -> search());
        detail.onChanged(id -> refreshRows());
    }

    // ---------------------------------------------------------------- Properties

    public PagedRows<PersonRow> rows() { return rows; }
    public PersonDetailViewModel detail() { return detail; }
    public StringProperty searchTextProperty() { return searchText; }
    /** Null for every kind. */
    public ObjectProperty<PersonKind> kindFilterProperty() { return kindFilter; }
    public StringProperty countryFilterProperty() { return countryFilter; }
    public BooleanProperty optedOutFilterProperty() { return optedOutFilter; }
    public BooleanProperty openRequestFilterProperty() { return openRequestFilter; }
    /** The row number (from 1) typed into "jump to row". */
    public StringProperty jumpTextProperty() { return jumpText; }
    /** How many persons the table holds, and for which search. */
    public ReadOnlyStringProperty countTextProperty() { return countText.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty searchingProperty() { return searching.getReadOnlyProperty(); }
    /** A row the table should select (after a reload, or to keep the person shown). */
    public ReadOnlyObjectProperty<PagedRows.Jump> selectRequestProperty() { return selectRequest.getReadOnlyProperty(); }
    public Notice notice() { return notice; }

    /** Whether the operator may filter by contact data (country, mail preferences) and see those columns. */
    public boolean showsContactData() {
        return actor.may(Permission.PERSON_VIEW);
    }

    String kindText(PersonRow row) {
        return row.removed() ? "" : text.kind(row.kind());
    }

    String nameText(PersonRow row) {
        return row.removed() ? text.get("row.removed") : row.displayName();
    }

    // ---------------------------------------------------------------- Commands

    /** Searches for the main window's search box (Ctrl+K): the text goes into the field and is searched at once. */
    public void searchFor(String query) {
        quiet = true;
        try {
            searchText.set(query == null ? "" : query);
        } finally {
            quiet = false;
        }
        search();
    }

    /** Searches now with the text and filters as they are. */
    public void search() {
        cancelPending();
        if (disposed) {
            return;
        }
        PersonFilter filter;
        try {
            filter = filter();
        } catch (IllegalArgumentException e) {
            notice.error(e.getMessage());
            return;
        }
        if (filter == null) {
            return;
        }
        notice.clear();
        String query = searchText.get() == null ? "" : searchText.get().strip();
        long asked = ++searches;
        // a row selected from now on belongs to this search's rows
        selectedIndex = -1;
        searching.set(true);
        countText.set(text.get("count.searching"));
        if (query.isEmpty()) {
            showFirstRows(asked, filter);
        }
        executor.execute(BackgroundTask.of(text.get("task.listing"),
                        progress -> listings.open(actor, query, filter, PersonSort.RELEVANCE))
                .onSuccess(listing -> {
                    if (asked == searches && !disposed) {
                        show(listing);
                    }
                })
                .onFailure(error -> {
                    if (asked == searches && !disposed) {
                        countText.set("");
                        failures.report(error, notice);
                    }
                })
                .onFinished(() -> {
                    if (asked == searches) {
                        searching.set(false);
                    }
                }));
    }

    public void clearFilters() {
        kindFilter.set(null);
        countryFilter.set("");
        optedOutFilter.set(false);
        openRequestFilter.set(false);
    }

    /** The table's selection: the row and where it is. Placeholders (rows still loading) are ignored. */
    public void selected(PersonRow row, int index) {
        if (row == null || row.removed()) {
            return;
        }
        if (detail.select(row.id())) {
            selectedIndex = index;
        } else if (selectedIndex >= 0) {
            // the operator kept unsaved edits: the table goes back to the person being edited
            selectRequest.set(new PagedRows.Jump(selectedIndex, ++selections));
        }
    }

    /** Scrolls to the row number typed into "jump to row" (counted from 1). */
    public void jump() {
        String typed = jumpText.get() == null ? "" : jumpText.get().strip().replace(",", "").replace("_", "");
        try {
            int row = Integer.parseInt(typed);
            if (row < 1 || row > rows.size()) {
                throw new NumberFormatException();
            }
            notice.clear();
            rows.jumpTo(row - 1);
        } catch (NumberFormatException e) {
            notice.error(text.format("jump.bad", rows.size(), typed));
        }
    }

    /** Drops the listing and the person shown; answers still on their way are ignored. */
    public void dispose() {
        disposed = true;
        cancelPending();
        searches++;
        rows.setSource(PageSource.empty());
        detail.clear();
    }

    // ---------------------------------------------------------------- Plumbing

    private void typed() {
        if (quiet) {
            return;
        }
        cancelPending();
        pending = executor.scheduleOnUi(PAUSE, this::search);
    }

    private void cancelPending() {
        if (pending != null) {
            pending.cancel();
            pending = null;
        }
    }

    /** The filter as set, or null while the country is half typed (one letter), which searches nothing yet. */
    private PersonFilter filter() {
        String country = countryFilter.get() == null ? "" : countryFilter.get().strip();
        if (country.length() == 1) {
            return null;
        }
        return new PersonFilter(kindFilter.get(), country.isEmpty() ? null : country, optedOutFilter.get(),
                openRequestFilter.get());
    }

    /**
     * Without search text the listing holds everyone the filters let through, and taking its
     * snapshot over a million persons takes a moment: the first rows, read straight from the index,
     * are shown meanwhile, in the same order.
     */
    private void showFirstRows(long asked, PersonFilter filter) {
        executor.execute(BackgroundTask.of(text.get("task.rows"),
                        progress -> listings.firstRows(actor, filter, PersonSort.RELEVANCE, FIRST_ROWS))
                .onSuccess(first -> {
                    if (asked == searches && searching.get() && !disposed) {
                        selectedIndex = -1;
                        rows.setSource(PageSource.of(first.size(), (from, count) ->
                                first.subList(from, Math.min(first.size(), from + count))));
                    }
                })
                .onFailure(error -> LOG.warn("The first rows could not be read; the listing reports why: {}",
                        error.getClass().getSimpleName())));
    }

    private void show(PersonListing listing) {
        int keep = selectedIndex;
        selectedIndex = -1;
        rows.setSource(PageSource.of(listing.size(), listing::page));
        if (keep >= 0 && keep < listing.size() && (listing.text() == null || listing.text().isBlank())) {
            // a row picked among the first rows is the same row of the whole listing
            selectedIndex = keep;
            selectRequest.set(new PagedRows.Jump(keep, ++selections));
        }
        int size = listing.size();
        String query = listing.text();
        if (query != null && !query.isBlank()) {
            countText.set(listing.truncated() ? text.format("count.truncated", size, query)
                    : text.format("count.matches", size, query));
        } else if (listing.filter() != null && !listing.filter().equals(PersonFilter.NONE)) {
            countText.set(text.format("count.filtered", size));
        } else {
            countText.set(text.format("count.everyone", size));
        }
    }

    /** After a save or merge: the rows show the stored values again, and the person stays selected. */
    private void refreshRows() {
        if (disposed) {
            return;
        }
        int keep = selectedIndex;
        rows.reload();
        if (keep >= 0 && keep < rows.size()) {
            selectedIndex = keep;
            selectRequest.set(new PagedRows.Jump(keep, ++selections));
        }
    }
}
