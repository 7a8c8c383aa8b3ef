package com.custodia.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * RFC 9162 section 2.1, checked against the RFC's recursive definitions written out by hand
 * here (MTH, PATH, SUBPROOF) for every tree of size 1 to 20, and against published tree heads.
 */
class MerkleTest {

    private static final HexFormat HEX = HexFormat.of();

    // ---------------------------------------------------------------- the RFC's definitions, verbatim in shape

    static byte[] mth(List<byte[]> d) {
        if (d.isEmpty()) {
            return Merkle.emptyRoot();
        }
        if (d.size() == 1) {
            return d.get(0);
        }
        int k = Integer.highestOneBit(d.size() - 1);
        return Merkle.nodeHash(mth(d.subList(0, k)), mth(d.subList(k, d.size())));
    }

    static List<byte[]> path(int m, List<byte[]> d) {
        List<byte[]> out = new ArrayList<>();
        if (d.size() == 1) {
            return out;
        }
        int k = Integer.highestOneBit(d.size() - 1);
        if (m < k) {
            out.addAll(path(m, d.subList(0, k)));
            out.add(mth(d.subList(k, d.size())));
        } else {
            out.addAll(path(m - k, d.subList(k, d.size())));
            out.add(mth(d.subList(0, k)));
        }
        return out;
    }

    static List<byte[]> subproof(int m, List<byte[]> d, boolean b) {
        List<byte[]> out = new ArrayList<>();
        int n = d.size();
        if (m == n) {
            if (!b) {
                out.add(mth(d));
            }
            return out;
        }
        int k = Integer.highestOneBit(n - 1);
        if (m <= k) {
            out.addAll(subproof(m, d.subList(0, k), b));
            out.add(mth(d.subList(k, n)));
        } else {
            out.addAll(subproof(m - k, d.subList(k, n), false));
            out.add(mth(d.subList(0, k)));
        }
        return out;
    }

    static List<byte[]> leaves(int n) {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            leaves.add(Merkle.leafHash(("entry " + i).getBytes()));
        }
        return leaves;
    }

    static void assertSameHashes(List<byte[]> actual, List<byte[]> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i)).isEqualTo(expected.get(i));
        }
    }

    // ---------------------------------------------------------------- tests

    @Test
    void treeHeadsMatchTheDefinitionForSizesOneToTwenty() {
        for (int n = 1; n <= 20; n++) {
            List<byte[]> d = leaves(n);
            assertThat(Merkle.root(Merkle.of(d), n)).as("size %d", n).isEqualTo(mth(d));
        }
        assertThat(Merkle.root(Merkle.of(List.of()), 0)).isEqualTo(Merkle.emptyRoot());
    }

    @Test
    void treeHeadsMatchPublishedCertificateTransparencyVectors() {
        String[] inputs = {"", "00", "10", "2021", "3031", "40414243", "5051525354555657",
                "606162636465666768696a6b6c6d6e6f"};
        String[] roots = {
                "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
                "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
                "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
                "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
                "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
                "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"};
        List<byte[]> d = new ArrayList<>();
        for (int i = 0; i < inputs.length; i++) {
            d.add(Merkle.leafHash(HEX.parseHex(inputs[i])));
            assertThat(HEX.formatHex(Merkle.root(Merkle.of(d), d.size()))).as("size %d", i + 1).isEqualTo(roots[i]);
        }
    }

    @Test
    void inclusionProofsMatchTheDefinitionAndVerifyForEveryLeafOfEveryTreeUpToTwenty() {
        for (int n = 1; n <= 20; n++) {
            List<byte[]> d = leaves(n);
            byte[] root = mth(d);
            for (int m = 0; m < n; m++) {
                List<byte[]> proof = Merkle.inclusionProof(Merkle.of(d), m, n);
                assertSameHashes(proof, path(m, d));
                assertThat(Merkle.verifyInclusion(m, n, d.get(m), proof, root)).as("leaf %d of %d", m, n).isTrue();
            }
        }
    }

    @Test
    void inclusionFailsForAWrongLeafIndexRootOrProof() {
        for (int n = 2; n <= 20; n++) {
            List<byte[]> d = leaves(n);
            byte[] root = mth(d);
            for (int m = 0; m < n; m++) {
                List<byte[]> proof = Merkle.inclusionProof(Merkle.of(d), m, n);
                int other = (m + 1) % n;
                assertThat(Merkle.verifyInclusion(other, n, d.get(m), proof, root)).isFalse();
                assertThat(Merkle.verifyInclusion(m, n, d.get(other), proof, root)).isFalse();
                assertThat(Merkle.verifyInclusion(m, n, d.get(m), proof, mth(d.subList(0, n - 1)))).isFalse();
                assertThat(Merkle.verifyInclusion(m, n, d.get(m), proof.subList(0, proof.size() - 1), root)).isFalse();
                List<byte[]> flipped = new ArrayList<>(proof);
                byte[] bad = flipped.get(0).clone();
                bad[0] ^= 1;
                flipped.set(0, bad);
                assertThat(Merkle.verifyInclusion(m, n, d.get(m), flipped, root)).isFalse();
            }
        }
    }

    @Test
    void consistencyProofsMatchTheDefinitionAndVerifyForEveryPairUpToTwenty() {
        List<byte[]> all = leaves(20);
        for (int n = 1; n <= 20; n++) {
            for (int m = 1; m <= n; m++) {
                List<byte[]> proof = Merkle.consistencyProof(Merkle.of(all), m, n);
                assertSameHashes(proof, subproof(m, all.subList(0, n), true));
                assertThat(Merkle.verifyConsistency(m, n, mth(all.subList(0, m)), mth(all.subList(0, n)), proof))
                        .as("%d -> %d", m, n).isTrue();
            }
        }
    }

    @Test
    void consistencyFailsWhenTheOldTreeWasRewritten() {
        List<byte[]> all = leaves(20);
        for (int n = 2; n <= 20; n++) {
            for (int m = 1; m < n; m++) {
                List<byte[]> forked = new ArrayList<>(all.subList(0, n));
                forked.set(m - 1, Merkle.leafHash("forged".getBytes()));
                List<byte[]> proof = Merkle.consistencyProof(Merkle.of(forked), m, n);
                assertThat(Merkle.verifyConsistency(m, n, mth(all.subList(0, m)), mth(forked), proof))
                        .as("%d -> %d", m, n).isFalse();
                List<byte[]> honest = Merkle.consistencyProof(Merkle.of(all), m, n);
                assertThat(Merkle.verifyConsistency(m, n, mth(all.subList(0, m)), mth(all.subList(0, n)),
                        honest.subList(0, honest.size() - 1))).isFalse();
            }
        }
    }

    @Test
    void leafAndNodeHashesAreDomainSeparated() {
        byte[] a = Merkle.leafHash(new byte[] {1});
        byte[] b = Merkle.leafHash(new byte[] {2});
        byte[] concatenated = new byte[65];
        concatenated[0] = 0x01;
        System.arraycopy(a, 0, concatenated, 1, 32);
        System.arraycopy(b, 0, concatenated, 33, 32);
        assertThat(Arrays.equals(Merkle.nodeHash(a, b), Merkle.leafHash(Arrays.copyOfRange(concatenated, 1, 65)))).isFalse();
    }

    // ---------------------------------------------------------------- a frontier resumed from its edge

    @Test
    void aFrontierResumedFromItsEdgeGrowsToTheSameRoots() {
        java.util.List<byte[]> leaves = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i++) {
            leaves.add(Merkle.leafHash(("leaf " + i).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
        for (int cut = 0; cut <= 140; cut++) {
            MerkleFrontier original = new MerkleFrontier();
            leaves.subList(0, cut).forEach(original::add);
            MerkleFrontier resumed = MerkleFrontier.resume(cut, original.edge());
            assertThat(resumed.size()).isEqualTo(cut);
            assertThat(resumed.root()).isEqualTo(original.root());
            for (int i = cut; i < cut + 160; i++) {
                original.add(leaves.get(i));
                resumed.add(leaves.get(i));
                assertThat(resumed.root()).as("cut at %d, grown to %d", cut, i + 1)
                        .isEqualTo(Merkle.root(Merkle.of(leaves), i + 1));
            }
        }
    }

    @Test
    void anEdgeOfTheWrongShapeIsRefused() {
        MerkleFrontier seven = new MerkleFrontier();
        for (int i = 0; i < 7; i++) {
            seven.add(new byte[32]);
        }
        assertThat(seven.edge()).hasSize(3);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MerkleFrontier.resume(8, seven.edge()))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MerkleFrontier.resume(7,
                java.util.List.of(new byte[32], new byte[32], new byte[31]))).isInstanceOf(IllegalArgumentException.class);
    }
}
