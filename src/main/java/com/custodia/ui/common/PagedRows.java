package com.custodia.ui.common;

import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ObservableListBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A table's items over a {@link PageSource} of any size, holding only a few pages.
 *
 * <p>The list has {@link PageSource#size()} rows, but no object exists for a row that is not in
 * a cached page: {@link #get} returns the row when its page is cached and otherwise returns
 * {@code null} (a placeholder the table shows as "…") and asks for the page on a worker through
 * the {@link TaskExecutor}. When the page arrives, an update event for its rows makes a
 * {@code TableView} redraw them. (An update, not a replacement: a table drops a replaced row from
 * its selection, so a row clicked while it was still "…" would lose its selection; after an update
 * it stays selected and the selected item becomes the row.) At most {@code cachedPages} pages
 * are kept, the least recently read dropped first; a dropped page is fetched again when read.
 *
 * <p>One fetch per page is in flight at a time, and at most {@value #MAX_WAITING} fetches wait (the
 * oldest are cancelled: pages scrolled past). {@link #setSource} starts over with a new
 * source: fetches for the old one are cancelled where they have not started, and their rows are
 * thrown away where they arrive late, so a new search never shows rows of the previous one.
 *
 * <p>Only the UI thread uses this list (the table, and the callbacks the executor brings back);
 * only {@link PageSource#page} runs on a worker. Iterating, {@code indexOf} and {@code contains}
 * look at the cached pages only, so nothing can load every page by accident.
 */
public final class PagedRows<T> extends ObservableListBase<T> {

    private static final Logger LOG = LoggerFactory.getLogger(PagedRows.class);

    /** Rows per page: a screenful or two, fetched in one query by key. */
    public static final int DEFAULT_PAGE_SIZE = 100;
    /** Pages kept: several screens of scrolling back and forth without fetching again. */
    public static final int DEFAULT_CACHED_PAGES = 30;
    /**
     * Fetches that may wait at once. Dragging the scroll bar across a million rows asks for a page
     * at every position passed; the oldest requests beyond this many are cancelled (if they have
     * not started), so the pages where the drag stops are not queued behind all the others. The
     * pages a table shows are always among the newest requests: a screen shows at most a few.
     */
    static final int MAX_WAITING = 8;

    /** A request to show {@code row}; {@code serial} makes each request new, even for the same row. */
    public record Jump(int row, long serial) {
    }

    private final TaskExecutor executor;
    private final int pageSize;
    private final String taskTitle;
    private final PageCache<T> cache;
    /** Fetches asked for and not yet arrived, oldest first. */
    private final LinkedHashMap<Integer, BackgroundTask<List<T>>> inFlight = new LinkedHashMap<>();
    /** Pages whose fetch failed: not asked again until {@link #reload()} or a new source. */
    private final Set<Integer> failed = new TreeSet<>();
    private final Notice problem = new Notice();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final ReadOnlyObjectWrapper<Jump> jump = new ReadOnlyObjectWrapper<>(this, "jump");

    private PageSource<T> source = PageSource.empty();
    private int size;
    /** Bumped with each source: a fetch of an earlier generation is stale. */
    private long generation;
    /** Depth of {@link #get} calls in progress; see {@link #arrived}. */
    private int serving;
    private long jumps;

    /** @param taskTitle what the fetch is called in logs and task lists, e.g. "load people" */
    public PagedRows(TaskExecutor executor, String taskTitle) {
        this(executor, taskTitle, DEFAULT_PAGE_SIZE, DEFAULT_CACHED_PAGES);
    }

    public PagedRows(TaskExecutor executor, String taskTitle, int pageSize, int cachedPages) {
        if (pageSize < 1 || cachedPages < 2) {
            throw new IllegalArgumentException("a page holds at least one row and at least two pages are cached");
        }
        this.executor = Objects.requireNonNull(executor);
        this.taskTitle = Objects.requireNonNull(taskTitle);
        this.pageSize = pageSize;
        this.cache = new PageCache<>(pageSize, cachedPages);
    }

    // ---------------------------------------------------------------- Properties

    /** Why rows could not be loaded, if they could not; cleared by a new source or {@link #reload()}. */
    public Notice problem() {
        return problem;
    }

    /** Whether any page is being fetched. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The row the table should scroll to, set by {@link #jumpTo}; see {@link PagedTables#bind}. */
    public ReadOnlyObjectProperty<Jump> jumpProperty() {
        return jump.getReadOnlyProperty();
    }

    public PageSource<T> source() {
        return source;
    }

    public int pageSize() {
        return pageSize;
    }

    /** How many pages are held now; never more than the limit given at construction. */
    public int cachedPageCount() {
        return cache.size();
    }

    // ---------------------------------------------------------------- The list

    @Override
    public int size() {
        return size;
    }

    /** The row, or null while its page is not loaded (its fetch is started then). */
    @Override
    public T get(int index) {
        Objects.checkIndex(index, size);
        int page = cache.pageOf(index);
        if (!cache.has(page)) {
            serving++;
            try {
                request(page);
            } finally {
                serving--;
            }
            // an executor that runs at once (tests) has put the page in already
        }
        return cache.row(index);
    }

    /** The row if its page is loaded, else null; never fetches. */
    public T peek(int index) {
        Objects.checkIndex(index, size);
        return cache.row(index);
    }

    @Override
    public int indexOf(Object o) {
        return cache.indexOf(o);
    }

    @Override
    public int lastIndexOf(Object o) {
        return cache.lastIndexOf(o);
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    @Override
    public Iterator<T> iterator() {
        return listIterator(0);
    }

    /** Walks the rows without fetching: rows not loaded are null. */
    @Override
    public ListIterator<T> listIterator(int start) {
        Objects.checkIndex(start, size + 1);
        return new PeekingListIterator<>(this::peek, size, start);
    }

    /** Two lists are equal only when they are the same: comparing rows would load every page. */
    @Override
    public boolean equals(Object o) {
        return this == o;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    // ---------------------------------------------------------------- Commands

    /**
     * Shows another result from now on. Pending fetches of the old source are cancelled, and
     * rows of it that still arrive are dropped. Listeners see every row removed and the new
     * rows added, as placeholders until their pages arrive.
     */
    public void setSource(PageSource<T> newSource) {
        Objects.requireNonNull(newSource);
        generation++;
        inFlight.values().forEach(BackgroundTask::cancel);
        inFlight.clear();
        loading.set(false);
        cache.clear();
        failed.clear();
        problem.clear();
        int oldSize = size;
        source = newSource;
        size = Math.max(0, newSource.size());
        if (oldSize > 0 || size > 0) {
            fireChange(new WholeListChange<>(this, oldSize, size));
        }
    }

    /** Forgets every loaded page and failure and fetches again what the table shows. */
    public void reload() {
        setSource(source);
    }

    /**
     * Asks the table to show {@code row} (clamped to the rows there are) and fetches its page
     * now rather than after the scroll.
     *
     * @return the row that will be shown, or -1 when there are no rows
     */
    public int jumpTo(int row) {
        if (size == 0) {
            return -1;
        }
        int target = Math.max(0, Math.min(row, size - 1));
        int page = cache.pageOf(target);
        if (!cache.has(page)) {
            request(page);
        }
        jump.set(new Jump(target, ++jumps));
        return target;
    }

    // ---------------------------------------------------------------- Fetching

    private void request(int page) {
        if (inFlight.containsKey(page) || failed.contains(page)) {
            return;
        }
        long fetchGeneration = generation;
        PageSource<T> from = source;
        int first = page * pageSize;
        int count = Math.min(pageSize, size - first);
        BackgroundTask<List<T>> task = BackgroundTask.of(taskTitle, progress -> {
            // a fetch still queued when its source was replaced never runs its query
            progress.checkCancelled();
            return from.page(first, count);
        });
        task.onSuccess(rows -> arrived(fetchGeneration, page, rows))
                .onFailure(error -> failed(fetchGeneration, page, error));
        inFlight.put(page, task);
        loading.set(true);
        if (inFlight.size() > MAX_WAITING) {
            Iterator<Map.Entry<Integer, BackgroundTask<List<T>>>> oldest = inFlight.entrySet().iterator();
            oldest.next().getValue().cancel();
            // forgotten, so the page is asked for again should a table read it again
            oldest.remove();
        }
        executor.execute(task);
    }

    private void arrived(long fetchGeneration, int page, List<T> rows) {
        if (fetchGeneration != generation) {
            return;
        }
        inFlight.remove(page);
        loading.set(!inFlight.isEmpty());
        List<T> held = rows == null ? List.of() : Collections.unmodifiableList(rows);
        cache.put(page, held);
        // Inside get() the caller receives the row directly and no placeholder of this page was
        // ever handed out (the first read fetched it), so there is nothing to redraw; an event
        // here would reach the table while it is still reading. The builder joins the updates
        // of one page into one event.
        if (serving == 0) {
            int first = page * pageSize;
            int count = Math.min(pageSize, size - first);
            beginChange();
            for (int i = first; i < first + count; i++) {
                nextUpdate(i);
            }
            endChange();
        }
    }

    private void failed(long fetchGeneration, int page, Throwable error) {
        if (fetchGeneration != generation) {
            return;
        }
        inFlight.remove(page);
        loading.set(!inFlight.isEmpty());
        failed.add(page);
        LOG.warn("Rows {} to {} could not be loaded: {}", page * pageSize, page * pageSize + pageSize - 1,
                ErrorReporter.describe(error));
        problem.error(FailureReporter.messageOf(error));
    }
}
