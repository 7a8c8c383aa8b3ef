package com.custodia.cli;

import com.custodia.service.auth.PasswordHasher;
import com.custodia.service.security.SecurityLog;
import com.custodia.service.settings.AppDirs;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Everything the command line takes from the world outside it, so tests can run it in-process
 * with their own environment, streams, terminal, clock and password cost.
 *
 * @param environment      where the {@code CUSTODIA_*} secrets are looked up
 * @param out              results
 * @param err              progress, warnings and errors
 * @param prompt           the terminal to ask for secrets the environment does not hold
 * @param clock            the time services record
 * @param hasher           made only when a database is opened; the standard hasher spends
 *                         about half a second on set-up, which {@code --help} should not pay
 * @param defaultWorkspace the workspace used when neither {@code --workspace} nor {@code --db-url} is given
 * @param workstation      the name recorded with security events
 */
public record CliContext(Map<String, String> environment, PrintWriter out, PrintWriter err, SecretPrompt prompt,
                         Clock clock, Supplier<PasswordHasher> hasher, Supplier<Path> defaultWorkspace,
                         Supplier<String> workstation) {

    public CliContext {
        environment = Map.copyOf(Objects.requireNonNull(environment));
        Objects.requireNonNull(out);
        Objects.requireNonNull(err);
        Objects.requireNonNull(prompt);
        Objects.requireNonNull(clock);
        Objects.requireNonNull(hasher);
        Objects.requireNonNull(defaultWorkspace);
        Objects.requireNonNull(workstation);
    }

    /** The real process: its environment, standard streams, console and the production password cost. */
    public static CliContext system() {
        return new CliContext(System.getenv(), new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                SecretPrompt.systemConsole(), Clock.systemUTC(), PasswordHasher::standard,
                () -> AppDirs.detect().defaultWorkspace(), () -> "command line on " + SecurityLog.thisWorkstation());
    }
}
