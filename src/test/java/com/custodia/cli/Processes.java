package com.custodia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Starts {@code java} in a fresh process with no display and captures what it printed. */
final class Processes {

    static final long TIMEOUT_SECONDS = 120;

    private Processes() {
    }

    record Outcome(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    static Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /**
     * Runs the command with DISPLAY and WAYLAND_DISPLAY removed, so anything that reached for a
     * window would fail, and with the given variables added. Output goes to files, which cannot
     * fill up and block the child the way an unread pipe can.
     */
    static Outcome run(Path workDir, Map<String, String> environment, List<String> command)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command));
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().keySet().removeIf(name -> name.startsWith("CUSTODIA_"));
        builder.environment().putAll(environment);
        Files.createDirectories(workDir);
        Path out = Files.createTempFile(workDir, "stdout", ".txt");
        Path err = Files.createTempFile(workDir, "stderr", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        process.getOutputStream().close();
        boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        Outcome outcome = new Outcome(finished ? process.exitValue() : -1,
                Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        assertThat(finished).as("finished within %d s: %s", TIMEOUT_SECONDS, outcome).isTrue();
        return outcome;
    }
}
