package com.custodia.service.people.importing;

import java.util.Arrays;

/** Where each value of the record being read lies in the reader's buffer, before it is decoded. */
final class FieldBounds {

    private int count;
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private boolean[] escaped = new boolean[32];

    void clear() {
        count = 0;
    }

    /**
     * @param start   the first byte of the value, relative to the record's start
     * @param end     just after its last byte
     * @param escaped whether it is quoted and holds doubled quotes
     */
    void add(int start, int end, boolean escaped) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
            this.escaped = Arrays.copyOf(this.escaped, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        this.escaped[count] = escaped;
        count++;
    }

    int count() {
        return count;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    boolean escaped(int i) {
        return escaped[i];
    }
}
