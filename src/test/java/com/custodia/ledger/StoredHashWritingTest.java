package com.custodia.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StoredHashWritingTest {

    @Test
    void writesWhatHexFormatWrites() {
        Random random = new Random(9);
        for (int length : new int[] {0, 1, 16, 32, 33, 1000}) {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);
            assertThat(hex(bytes)).isEqualTo('"' + HexFormat.of().formatHex(bytes) + '"');
        }
        assertThat(hex(new byte[] {0, (byte) 0xff, 0x0f, (byte) 0xf0})).isEqualTo("\"00ff0ff0\"");
    }

    /** The JSON string a verification writes for a stored hash. */
    private static String hex(byte[] bytes) {
        return new String(new CanonicalBytes().hex(bytes).toByteArray(), java.nio.charset.StandardCharsets.US_ASCII);
    }

    @Test
    void decimalLinesAreWhatThePersonsDigestHashes() {
        byte[] buffer = new byte[RangeReader.DECIMAL_LINE];
        Random random = new Random(11);
        long[] values = new long[1_000];
        long[] edges = {0, 1, -1, 9, 10, -10, 99, 100, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1, 1_000_000_007L};
        System.arraycopy(edges, 0, values, 0, edges.length);
        for (int i = edges.length; i < values.length; i++) {
            values[i] = random.nextLong() >> random.nextInt(64);
        }
        for (long value : values) {
            int start = RangeReader.decimalLine(value, buffer);
            String written = new String(buffer, start, RangeReader.DECIMAL_LINE - start, java.nio.charset.StandardCharsets.US_ASCII);
            assertThat(written).isEqualTo(value + "\n");
        }
    }
}
