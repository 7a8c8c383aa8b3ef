package com.custodia.app;

/**
 * The one {@code main}. With no arguments it opens the console; with arguments it runs the
 * command line, which never loads a JavaFX class, so commands work with no display.
 * This class must not extend {@code Application} (JavaFX from the class path refuses to start).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        tuneH2();
        if (args.length == 0) {
            ConsoleLauncher.launch();
        } else {
            System.setProperty("custodia.log.level", System.getProperty("custodia.log.level", "WARN"));
            System.exit(com.custodia.cli.Cli.run(args));
        }
    }

    /**
     * H2 reads its system properties once, when its first class loads, so this runs before
     * anything else. Its object cache makes every text and byte value read from a page look itself
     * up in a shared table, to save memory by sharing equal values; verifying a ledger reads twenty
     * million of them, and without the cache it runs 15 to 20 % faster (decision 0011). A value
     * given on the command line ({@code -Dh2.objectCache=true}) is kept.
     */
    static void tuneH2() {
        if (System.getProperty("h2.objectCache") == null) {
            System.setProperty("h2.objectCache", "false");
        }
    }
}
