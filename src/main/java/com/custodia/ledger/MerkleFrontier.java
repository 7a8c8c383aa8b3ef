package com.custodia.ledger;

import java.security.MessageDigest;

/**
 * The right edge of a growing RFC 9162 tree: one perfect subtree per set bit of the size. Adding
 * a leaf and reading the root both cost O(log n), so a million entries are verified in one pass
 * without holding their hashes.
 */
public final class MerkleFrontier {

    private final byte[][] stack = new byte[64][];
    private final long[] sizes = new long[64];
    private int top;
    private long size;
    private final MessageDigest md = Merkle.sha256();

    public void add(byte[] leafHash) {
        byte[] h = leafHash;
        long s = 1;
        while (top > 0 && sizes[top - 1] == s) {
            h = node(stack[--top], h);
            s *= 2;
        }
        stack[top] = h;
        sizes[top++] = s;
        size++;
    }

    public long size() {
        return size;
    }

    /** MTH of the leaves added so far. */
    public byte[] root() {
        if (top == 0) {
            return Merkle.emptyRoot();
        }
        byte[] h = stack[top - 1];
        for (int i = top - 2; i >= 0; i--) {
            h = node(stack[i], h);
        }
        return h;
    }

    private byte[] node(byte[] left, byte[] right) {
        md.update((byte) 0x01);
        md.update(left);
        return md.digest(right);
    }
}
