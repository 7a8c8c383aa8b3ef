package com.custodia.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LowerHexTest {

    @Test
    void writesWhatHexFormatWrites() {
        Random random = new Random(9);
        for (int length : new int[] {0, 1, 16, 32, 33, 1000}) {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);
            assertThat(RangeReader.lowerHex(bytes)).isEqualTo(HexFormat.of().formatHex(bytes));
        }
        assertThat(RangeReader.lowerHex(new byte[] {0, (byte) 0xff, 0x0f, (byte) 0xf0})).isEqualTo("00ff0ff0");
    }
}
