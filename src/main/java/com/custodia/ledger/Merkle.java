package com.custodia.ledger;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Merkle tree of RFC 9162 (Certificate Transparency 2.0), section 2.1: tree heads,
 * inclusion proofs and consistency proofs over a list of leaf hashes, and their verification.
 *
 * <p>Leaves are given as leaf hashes ({@code SHA-256(0x00 || entry)}), which the ledger stores;
 * interior nodes are {@code SHA-256(0x01 || left || right)}.
 */
public final class Merkle {

    private Merkle() {
    }

    /** Access to the leaf hashes of a tree without copying them. */
    @FunctionalInterface
    public interface Leaves {
        byte[] get(long index);
    }

    public static Leaves of(List<byte[]> leafHashes) {
        return i -> leafHashes.get(Math.toIntExact(i));
    }

    /**
     * One digest per thread for the hashes computed millions of times in a verification: looking
     * a digest up by name each time cost more than hashing the bytes. Each use starts with a reset,
     * so a use that failed half way leaves nothing behind.
     */
    private static final ThreadLocal<MessageDigest> LOCAL = ThreadLocal.withInitial(Merkle::sha256);

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** This thread's digest, reset. Use it up (to {@code digest}) before calling anything else that hashes. */
    static MessageDigest localSha256() {
        MessageDigest md = LOCAL.get();
        md.reset();
        return md;
    }

    /** {@code SHA-256(0x00 || data)}. */
    public static byte[] leafHash(byte[] data) {
        MessageDigest md = localSha256();
        md.update((byte) 0x00);
        return md.digest(data);
    }

    /** {@code SHA-256(0x01 || left || right)}. */
    public static byte[] nodeHash(byte[] left, byte[] right) {
        MessageDigest md = localSha256();
        md.update((byte) 0x01);
        md.update(left);
        return md.digest(right);
    }

    /** The hash of the empty tree: SHA-256 of no bytes. */
    public static byte[] emptyRoot() {
        return sha256().digest();
    }

    /** The largest power of two smaller than n (n > 1). */
    static long split(long n) {
        return Long.highestOneBit(n - 1);
    }

    /** MTH(D[0:n]). Iterative, so a million leaves need no deep recursion and no tree in memory. */
    public static byte[] root(Leaves leaves, long n) {
        return root(leaves, 0, n);
    }

    /** MTH(D[from:to]). */
    public static byte[] root(Leaves leaves, long from, long to) {
        long n = to - from;
        if (n == 0) {
            return emptyRoot();
        }
        // A stack of perfect subtrees, merged as in a binary counter; the left-over stack is then
        // folded from the right, which gives exactly the RFC's split at the largest power of two.
        MessageDigest md = sha256();
        byte[][] stack = new byte[64][];
        long[] sizes = new long[64];
        int top = 0;
        for (long i = 0; i < n; i++) {
            byte[] h = leaves.get(from + i);
            long size = 1;
            while (top > 0 && sizes[top - 1] == size) {
                h = node(md, stack[--top], h);
                size *= 2;
            }
            stack[top] = h;
            sizes[top++] = size;
        }
        byte[] h = stack[--top];
        while (top > 0) {
            h = node(md, stack[--top], h);
        }
        return h;
    }

    private static byte[] node(MessageDigest md, byte[] left, byte[] right) {
        md.update((byte) 0x01);
        md.update(left);
        return md.digest(right);
    }

    // ---------------------------------------------------------------- Inclusion (2.1.3)

    /** PATH(m, D[0:n]): the audit path of leaf m in the tree of size n. */
    public static List<byte[]> inclusionProof(Leaves leaves, long m, long n) {
        if (m < 0 || m >= n) {
            throw new IllegalArgumentException("leaf " + m + " is not in a tree of size " + n);
        }
        List<byte[]> path = new ArrayList<>();
        path(leaves, m, 0, n, path);
        return path;
    }

    private static void path(Leaves leaves, long m, long from, long to, List<byte[]> out) {
        long n = to - from;
        if (n == 1) {
            return;
        }
        long k = split(n);
        if (m < k) {
            path(leaves, m, from, from + k, out);
            out.add(root(leaves, from + k, to));
        } else {
            path(leaves, m - k, from + k, to, out);
            out.add(root(leaves, from, from + k));
        }
    }

    /** RFC 9162 2.1.3.2: whether {@code proof} shows leaf {@code index} in the tree with {@code root}. */
    public static boolean verifyInclusion(long index, long treeSize, byte[] leafHash, List<byte[]> proof, byte[] root) {
        if (index < 0 || index >= treeSize) {
            return false;
        }
        long fn = index;
        long sn = treeSize - 1;
        byte[] r = leafHash;
        for (byte[] p : proof) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = nodeHash(p, r);
                if ((fn & 1) == 0) {
                    do {
                        fn >>= 1;
                        sn >>= 1;
                    } while ((fn & 1) == 0 && fn != 0);
                }
            } else {
                r = nodeHash(r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    // ---------------------------------------------------------------- Consistency (2.1.4)

    /** PROOF(m, D[0:n]) for 0 < m <= n: shows the tree of size m is a prefix of the tree of size n. */
    public static List<byte[]> consistencyProof(Leaves leaves, long m, long n) {
        if (m <= 0 || m > n) {
            throw new IllegalArgumentException("no consistency proof from " + m + " to " + n);
        }
        List<byte[]> proof = new ArrayList<>();
        subproof(leaves, m, 0, n, true, proof);
        return proof;
    }

    private static void subproof(Leaves leaves, long m, long from, long to, boolean complete, List<byte[]> out) {
        long n = to - from;
        if (m == n) {
            if (!complete) {
                out.add(root(leaves, from, to));
            }
            return;
        }
        long k = split(n);
        if (m <= k) {
            subproof(leaves, m, from, from + k, complete, out);
            out.add(root(leaves, from + k, to));
        } else {
            subproof(leaves, m - k, from + k, to, false, out);
            out.add(root(leaves, from, from + k));
        }
    }

    /** RFC 9162 2.1.4.2: whether the proof shows the first tree is a prefix of the second. */
    public static boolean verifyConsistency(long first, long second, byte[] firstRoot, byte[] secondRoot, List<byte[]> proof) {
        if (first <= 0 || first > second) {
            return false;
        }
        if (first == second) {
            return proof.isEmpty() && Arrays.equals(firstRoot, secondRoot);
        }
        if (proof.isEmpty()) {
            return false;
        }
        List<byte[]> path = new ArrayList<>(proof);
        if (Long.bitCount(first) == 1) {
            path.add(0, firstRoot);
        }
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>= 1;
            sn >>= 1;
        }
        byte[] fr = path.get(0);
        byte[] sr = path.get(0);
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = nodeHash(c, fr);
                sr = nodeHash(c, sr);
                if ((fn & 1) == 0) {
                    do {
                        fn >>= 1;
                        sn >>= 1;
                    } while ((fn & 1) == 0 && fn != 0);
                }
            } else {
                sr = nodeHash(sr, c);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(fr, firstRoot) && Arrays.equals(sr, secondRoot);
    }
}
