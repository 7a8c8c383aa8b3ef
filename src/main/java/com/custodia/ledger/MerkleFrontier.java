package com.custodia.ledger;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * The roots of the perfect subtrees along the right edge, largest (leftmost) first: one per set
     * bit of the size. With the size they are the whole state, see {@link #resume}.
     */
    public List<byte[]> edge() {
        List<byte[]> out = new ArrayList<>(top);
        for (int i = 0; i < top; i++) {
            out.add(stack[i].clone());
        }
        return out;
    }

    /**
     * The frontier of a tree of {@code size} leaves from its {@link #edge}, to go on adding leaves
     * after them. Nothing checks that the edge belongs to any particular tree: compare the
     * {@link #root} with a signed one before trusting it.
     *
     * @throws IllegalArgumentException when the edge does not have one 32-byte hash per set bit of the size
     */
    public static MerkleFrontier resume(long size, List<byte[]> edge) {
        if (size < 0 || Long.bitCount(size) != edge.size()) {
            throw new IllegalArgumentException("a tree of " + size + " leaves has " + Long.bitCount(Math.max(0, size))
                    + " subtrees on its edge, not " + edge.size());
        }
        MerkleFrontier f = new MerkleFrontier();
        long rest = size;
        for (byte[] hash : edge) {
            if (hash == null || hash.length != 32) {
                throw new IllegalArgumentException("an edge hash is not 32 bytes");
            }
            long subtree = Long.highestOneBit(rest);
            f.stack[f.top] = hash.clone();
            f.sizes[f.top++] = subtree;
            rest -= subtree;
        }
        f.size = size;
        return f;
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
