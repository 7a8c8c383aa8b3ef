package com.custodia.cli;

import com.custodia.domain.Progress;
import java.io.PrintWriter;

/**
 * Shows long work as percentage lines on standard error, so standard output keeps only the
 * results a script may parse. One line per whole percent at most: a million persons arrive in a
 * thousand batches, and a thousand lines would bury the result.
 */
final class ProgressPrinter implements Progress {

    private final PrintWriter err;
    private int lastPercent = -1;
    private String lastMessage;

    ProgressPrinter(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void update(double fraction, String message) {
        String text = message == null ? "" : message;
        if (fraction < 0) {
            if (!text.equals(lastMessage)) {
                err.println("     " + text);
            }
        } else {
            // the epsilon keeps 570 of 1000 at 57 %, which binary floating point puts at 56.99…
            int percent = (int) Math.floor(Math.min(1.0, fraction) * 100 + 1e-9);
            if (percent == lastPercent) {
                return;
            }
            lastPercent = percent;
            err.printf("%3d%% %s%n", percent, text);
        }
        lastMessage = text;
        err.flush();
    }
}
