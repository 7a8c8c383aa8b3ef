package com.custodia.cli;

import picocli.CommandLine;

/**
 * The command line of DESIGN.md section 7. {@code com.custodia.app.Launcher} calls {@link #run}
 * with the process's arguments and exits with what it returns. Nothing here or below it loads
 * JavaFX, so commands run on machines with no display.
 */
public final class Cli {

    private final CliContext context;

    /** A command line over an explicit environment; tests use this to run it in-process. */
    public Cli(CliContext context) {
        this.context = context;
    }

    /** Runs one command in this process's environment and returns its exit code ({@link ExitCodes}). */
    public static int run(String[] args) {
        return new Cli(CliContext.system()).execute(args);
    }

    /** Runs one command and returns its exit code; never throws, never exits the JVM. */
    public int execute(String... args) {
        CustodiaCommand top = new CustodiaCommand(context);
        Failures failures = new Failures(top);
        CommandLine commandLine = new CommandLine(top)
                .setOut(context.out())
                .setErr(context.err())
                .setCaseInsensitiveEnumValuesAllowed(true)
                // the demo's partner manager is called "partners": "--user partners partners list"
                .setAllowSubcommandsAsOptionParameters(true)
                .setExecutionExceptionHandler(failures)
                .setParameterExceptionHandler(failures);
        try {
            return commandLine.execute(args);
        } finally {
            context.out().flush();
            context.err().flush();
        }
    }
}
