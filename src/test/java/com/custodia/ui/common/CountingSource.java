package com.custodia.ui.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A made-up result of any size whose rows are computed, not stored, and which records every page
 * asked of it, so tests can say exactly what was fetched. Safe to call from worker threads.
 */
public final class CountingSource<T> implements PageSource<T> {

    private final int size;
    private final IntFunction<T> row;
    private final List<Integer> calls = Collections.synchronizedList(new ArrayList<>());

    public CountingSource(int size, IntFunction<T> row) {
        this.size = size;
        this.row = row;
    }

    /** Rows "Row 0", "Row 1", … */
    public static CountingSource<String> named(int size) {
        return new CountingSource<>(size, i -> "Row " + i);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public List<T> page(int from, int count) {
        calls.add(from);
        List<T> rows = new ArrayList<>(count);
        for (int i = from; i < Math.min(size, from + count); i++) {
            rows.add(row.apply(i));
        }
        return rows;
    }

    /** The first row of every page asked for, in the order asked. */
    public List<Integer> calls() {
        synchronized (calls) {
            return List.copyOf(calls);
        }
    }
}
