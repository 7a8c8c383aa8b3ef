package com.custodia.ui.common;

import java.util.List;

/**
 * Rows a table shows a page at a time, e.g. the result of one search. The number of rows is known
 * when the source is made (build the source on a worker, with the count or the id snapshot of the
 * search, and hand it over complete), so {@link #size()} answers at once on the UI thread.
 * {@link #page} is called on a worker thread, never on the UI thread.
 *
 * <p>A source is one fixed result: a new search is a new source, given to
 * {@link PagedRows#setSource}, so pages of different searches are never mixed.
 */
public interface PageSource<T> {

    /** How many rows there are; called on the UI thread, so it must not query anything. */
    int size();

    /**
     * Rows {@code from} to {@code from + count - 1}, in order. Called on a worker thread. Fewer
     * rows than asked mean the rest no longer exist (deleted since the search).
     */
    List<T> page(int from, int count);

    /** How to read one page, for {@link #of}. */
    @FunctionalInterface
    interface Pages<T> {
        List<T> page(int from, int count);
    }

    /** A source of {@code size} rows read by {@code pages}, e.g. {@code PageSource.of(ids.length, (from, n) -> …)}. */
    static <T> PageSource<T> of(int size, Pages<T> pages) {
        if (size < 0) {
            throw new IllegalArgumentException("a source cannot have " + size + " rows");
        }
        return new PageSource<>() {
            @Override
            public int size() {
                return size;
            }

            @Override
            public List<T> page(int from, int count) {
                return pages.page(from, count);
            }
        };
    }

    /** No rows at all: what a table shows before its first search. */
    static <T> PageSource<T> empty() {
        return new PageSource<>() {
            @Override
            public int size() {
                return 0;
            }

            @Override
            public List<T> page(int from, int count) {
                return List.of();
            }
        };
    }
}
