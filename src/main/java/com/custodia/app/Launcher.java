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
        if (args.length == 0) {
            ConsoleLauncher.launch();
        } else {
            System.setProperty("custodia.log.level", System.getProperty("custodia.log.level", "WARN"));
            System.exit(com.custodia.cli.Cli.run(args));
        }
    }
}
