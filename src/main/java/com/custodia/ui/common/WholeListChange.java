package com.custodia.ui.common;

import java.util.Collections;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * "Every row removed, the new ones added", for a list replaced as a whole. The removed rows are
 * reported as {@code removed} nulls through {@link Collections#nCopies}, so replacing a million
 * rows builds no list of a million removed rows.
 */
final class WholeListChange<T> extends ListChangeListener.Change<T> {

    private final int removed;
    private final int added;
    private boolean started;

    WholeListChange(ObservableList<T> list, int removed, int added) {
        super(list);
        this.removed = removed;
        this.added = added;
    }

    @Override
    public boolean next() {
        if (started) {
            return false;
        }
        started = true;
        return true;
    }

    @Override
    public void reset() {
        started = false;
    }

    @Override
    public int getFrom() {
        return 0;
    }

    @Override
    public int getTo() {
        return added;
    }

    @Override
    public List<T> getRemoved() {
        return Collections.nCopies(removed, null);
    }

    @Override
    public boolean wasAdded() {
        return added > 0;
    }

    @Override
    public boolean wasRemoved() {
        return removed > 0;
    }

    @Override
    protected int[] getPermutation() {
        return new int[0];
    }
}
