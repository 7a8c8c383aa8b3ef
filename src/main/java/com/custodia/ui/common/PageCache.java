package com.custodia.ui.common;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The loaded pages of a {@link PagedRows}, at most {@code limit} of them, the least recently read
 * dropped first. Rows are addressed by their index in the whole result. UI thread only.
 */
final class PageCache<T> {

    private final int pageSize;
    /** Loaded pages by number, in access order: the eldest is the least recently read. */
    private final LinkedHashMap<Integer, List<T>> pages;

    PageCache(int pageSize, int limit) {
        this.pageSize = pageSize;
        this.pages = new LinkedHashMap<>(limit * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, List<T>> eldest) {
                // dropped without an event: its rows were read least recently, so no table shows them
                // now, and a table that reads them again simply gets the page again
                return size() > limit;
            }
        };
    }

    int pageOf(int index) {
        return index / pageSize;
    }

    boolean has(int page) {
        return pages.containsKey(page);
    }

    /** The row if its page is loaded (marking the page as just read), else null. */
    T row(int index) {
        int page = pageOf(index);
        List<T> rows = pages.get(page);
        int offset = index - page * pageSize;
        // a short page means rows were deleted since the search: they stay blank
        return rows == null || offset >= rows.size() ? null : rows.get(offset);
    }

    void put(int page, List<T> rows) {
        pages.put(page, rows);
    }

    void clear() {
        pages.clear();
    }

    int size() {
        return pages.size();
    }

    /** The first index of the object among the loaded rows, or -1. */
    int indexOf(Object o) {
        int best = -1;
        for (Map.Entry<Integer, List<T>> e : pages.entrySet()) {
            int at = e.getValue().indexOf(o);
            if (at >= 0 && (best < 0 || e.getKey() * pageSize + at < best)) {
                best = e.getKey() * pageSize + at;
            }
        }
        return best;
    }

    /** The last index of the object among the loaded rows, or -1. */
    int lastIndexOf(Object o) {
        int best = -1;
        for (Map.Entry<Integer, List<T>> e : pages.entrySet()) {
            int at = e.getValue().lastIndexOf(o);
            if (at >= 0) {
                best = Math.max(best, e.getKey() * pageSize + at);
            }
        }
        return best;
    }
}
