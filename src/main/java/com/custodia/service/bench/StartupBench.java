package com.custodia.service.bench;

import com.custodia.domain.ConnectionProfile;
import com.custodia.domain.Progress;
import com.custodia.service.auth.PasswordHasher;
import com.custodia.service.settings.AppDirs;
import com.custodia.service.settings.ProfileStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Start to login window (DESIGN.md section 9): the console started in a process of its own, as a
 * user starts it, timed from the moment the process is started until it ends itself the moment its
 * sign-in screen is ready,
 * beside the raw start of the same toolkit (a JavaFX window with one label) in the same run. The
 * console finds one remembered workspace, as it does on every start after the first, in a
 * throw-away home folder. Both are started {@value #RUNS} times, alternating, and the fastest of
 * each counts, as for the other figures.
 */
public final class StartupBench {

    static final int RUNS = 3;
    private static final String CONSOLE = "com.custodia.app.Launcher";
    private static final String BASELINE = "com.custodia.app.StartupProbe$Baseline";
    /** As {@code com.custodia.app.StartupProbe}: the service layer names the app's classes only as text. */
    private static final String PROPERTY = "custodia.startupProbe";
    /** The exit statuses of {@code com.custodia.app.StartupProbe}: its first screen was sign-in, or first run. */
    private static final int SIGN_IN = 0;
    private static final int FIRST_RUN = 64;
    static final long TIMEOUT_SECONDS = 120;

    private final Clock clock;
    private final PasswordHasher hasher;
    private final String workstation;
    private final List<String> jvmOptions;

    public StartupBench(Clock clock, PasswordHasher hasher, String workstation) {
        this(clock, hasher, workstation, List.of());
    }

    /** With options for the started processes (tests: a headless toolkit). */
    StartupBench(Clock clock, PasswordHasher hasher, String workstation, List<String> jvmOptions) {
        this.clock = clock;
        this.hasher = hasher;
        this.workstation = workstation;
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    /** Why the start cannot be timed here, if it cannot: a window needs a display. */
    public static Optional<String> unavailable() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        boolean unix = !os.contains("win") && !os.contains("mac");
        if (unix && blank(System.getenv("DISPLAY")) && blank(System.getenv("WAYLAND_DISPLAY"))) {
            return Optional.of("no display to open a window on (DISPLAY is not set)");
        }
        return Optional.empty();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public List<BenchFigure> run(Path parent, Progress progress) {
        try (BenchWorkspace workspace = BenchWorkspace.create(parent, clock, hasher, workstation, progress)) {
            // remembered as the console remembers a workspace, so the console opens on sign-in
            Path home = workspace.folder();
            new ProfileStore(new AppDirs(home.resolve("config"), home.resolve("data")))
                    .remember(new ConnectionProfile.Embedded(home.resolve("workspace")));
            double best = Double.MAX_VALUE;
            double bestRaw = Double.MAX_VALUE;
            for (int run = 1; run <= RUNS; run++) {
                progress.update((run - 1.0) / RUNS, "Starting the console, run " + run + " of " + RUNS);
                bestRaw = Math.min(bestRaw, start(BASELINE, home));
                best = Math.min(best, start(CONSOLE, home));
            }
            return List.of(BenchFigure.duration("startup.login", best, bestRaw, "≤ 2 s to the login window"));
        }
    }

    /** Seconds from starting a process of {@code mainClass} until it says its window is ready. */
    private double start(String mainClass, Path home) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path")));
        command.addAll(jvmOptions);
        command.addAll(List.of("-D" + PROPERTY + "=true", "-Dcustodia.home=" + home.toAbsolutePath(), mainClass));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        String what = mainClass.equals(CONSOLE) ? "console" : "JavaFX baseline";
        long t0 = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start " + java + ": " + e.getMessage(), e);
        }
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("The " + what + " did not show its window within "
                        + TIMEOUT_SECONDS + " s.");
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            int status = process.exitValue();
            if (status == FIRST_RUN) {
                throw new IllegalStateException("The console opened on first run, not on sign-in: it did not find"
                        + " the bench's workspace.");
            }
            if (status != SIGN_IN) {
                throw new IllegalStateException("The " + what + " ended (exit code " + status
                        + ") without showing its window.");
            }
            return seconds;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while timing the start", e);
        } finally {
            if (process.isAlive()) {
                process.destroyForcibly();
            }
        }
    }
}
