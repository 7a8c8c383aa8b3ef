package com.custodia.cli;

import com.custodia.support.TestWorkspaces;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs the command line in-process with an environment, terminal and clock the test chooses. */
final class CliRunner {

    final Map<String, String> environment = new HashMap<>();
    SecretPrompt prompt = SecretPrompt.NONE;
    Clock clock = Clock.systemUTC();
    Path defaultWorkspace;

    /** What one run printed and returned. */
    record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /** An environment holding the test passphrase and the first administrator's password. */
    static CliRunner withSecrets() {
        CliRunner runner = new CliRunner();
        runner.environment.put(Secrets.PASSPHRASE, TestWorkspaces.PASSPHRASE);
        runner.environment.put(Secrets.PASSWORD, TestWorkspaces.ADMIN_PASSWORD);
        return runner;
    }

    /**
     * Creates a workspace with {@code init --admin admin} on the command line, then opens it for the
     * test to fill through the services; the caller closes it before running commands on it.
     */
    static com.custodia.service.Services initAndOpen(Path workspace) {
        Result created = withSecrets().run("--workspace", workspace.toString(), "init", "--admin", "admin");
        if (created.exitCode() != ExitCodes.OK) {
            throw new AssertionError("init failed: " + created);
        }
        return TestWorkspaces.workspaceService(Clock.systemUTC()).openWorkspace(workspace,
                TestWorkspaces.PASSPHRASE.toCharArray(), com.custodia.domain.Progress.NONE);
    }

    CliRunner env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path fallback = defaultWorkspace;
        CliContext context = new CliContext(environment, new PrintWriter(out, true), new PrintWriter(err, true),
                prompt, clock, () -> TestWorkspaces.FAST_HASHER,
                () -> {
                    if (fallback == null) {
                        throw new AssertionError("the test gave no workspace, yet the default one was asked for");
                    }
                    return fallback;
                },
                () -> "test-workstation");
        int code = new Cli(context).execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** A terminal that answers from a script and remembers what it was asked. */
    static final class ScriptedPrompt implements SecretPrompt {
        private final Deque<String> answers;
        final List<String> questions = new ArrayList<>();

        ScriptedPrompt(String... answers) {
            this.answers = new ArrayDeque<>(List.of(answers));
        }

        @Override
        public boolean available() {
            return true;
        }

        @Override
        public char[] read(String question) {
            questions.add(question);
            String answer = answers.poll();
            return answer == null ? null : answer.toCharArray();
        }
    }
}
