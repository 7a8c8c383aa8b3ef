package com.custodia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressPrinterTest {

    @Test
    void printsAtMostOneLinePerWholePercent() {
        StringWriter buffer = new StringWriter();
        ProgressPrinter progress = new ProgressPrinter(new PrintWriter(buffer));

        for (int done = 1; done <= 1000; done++) {
            progress.update(done / 1000.0, done + " of 1000");
        }

        String[] lines = buffer.toString().split("\\R");
        assertThat(lines).hasSize(101);
        assertThat(lines[0]).isEqualTo("  0% 1 of 1000");
        for (int percent = 1; percent <= 100; percent++) {
            assertThat(lines[percent]).isEqualTo(String.format("%3d%% %d of 1000", percent, percent * 10));
        }
    }

    @Test
    void workOfUnknownLengthPrintsEachNewMessageOnce() {
        StringWriter buffer = new StringWriter();
        ProgressPrinter progress = new ProgressPrinter(new PrintWriter(buffer));

        progress.update(-1, "Waiting for the server");
        progress.update(-1, "Waiting for the server");
        progress.update(-1, "Connected");

        assertThat(buffer.toString().split("\\R")).containsExactly("     Waiting for the server", "     Connected");
    }
}
