package com.custodia.ui.common;

import java.util.ListIterator;
import java.util.NoSuchElementException;
import java.util.function.IntFunction;

/** A read-only walk over a list's rows through a function that never fetches (rows not loaded are null). */
final class PeekingListIterator<T> implements ListIterator<T> {

    private final IntFunction<T> peek;
    private final int size;
    private int next;

    PeekingListIterator(IntFunction<T> peek, int size, int start) {
        this.peek = peek;
        this.size = size;
        this.next = start;
    }

    @Override public boolean hasNext() { return next < size; }
    @Override public boolean hasPrevious() { return next > 0; }
    @Override public int nextIndex() { return next; }
    @Override public int previousIndex() { return next - 1; }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return peek.apply(next++);
    }

    @Override
    public T previous() {
        if (!hasPrevious()) {
            throw new NoSuchElementException();
        }
        return peek.apply(--next);
    }

    @Override public void remove() { throw new UnsupportedOperationException(); }
    @Override public void set(T t) { throw new UnsupportedOperationException(); }
    @Override public void add(T t) { throw new UnsupportedOperationException(); }
}
