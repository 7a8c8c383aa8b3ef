package com.custodia.service.people.importing;

import java.util.Arrays;

/**
 * The line on which each external_id of a file first appeared, so a second row with the same
 * external_id is refused wherever in the file it is (it would otherwise silently overwrite the
 * first, and a re-run would report both as changed). Open addressing over two arrays: a million
 * ids cost the id strings the reader made anyway plus about 24 bytes each, a third of a HashMap.
 */
final class FirstLines {

    private String[] keys = new String[1 << 12];
    private long[] lines = new long[1 << 12];
    private int size;

    /** Records the id at this line unless it was seen before; returns the earlier line, or -1. */
    long putIfAbsent(String id, long line) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        for (int i = spread(id.hashCode()) & mask; ; i = (i + 1) & mask) {
            String key = keys[i];
            if (key == null) {
                keys[i] = id;
                lines[i] = line;
                size++;
                return -1;
            }
            if (key.equals(id)) {
                return lines[i];
            }
        }
    }

    int size() {
        return size;
    }

    private void grow() {
        String[] oldKeys = keys;
        long[] oldLines = lines;
        keys = new String[oldKeys.length * 2];
        lines = new long[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != null) {
                int i = spread(oldKeys[j].hashCode()) & mask;
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                lines[i] = oldLines[j];
            }
        }
        Arrays.fill(oldKeys, null);
    }

    /** Ids like P000123 differ in their last characters: mix the hash so linear probing spreads them. */
    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
