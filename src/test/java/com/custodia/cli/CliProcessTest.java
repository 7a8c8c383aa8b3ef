package com.custodia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.support.TestWorkspaces;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real entry point in its own JVM with no display: the Launcher's main, the production
 * password cost, the environment as the only source of secrets, and the default workspace under
 * CUSTODIA_HOME. Proves the command-line path loads no JavaFX class.
 */
class CliProcessTest {

    @TempDir
    Path dir;

    @Test
    void initAndDemoRunHeadlessWithoutLoadingJavaFx() throws Exception {
        Path home = dir.resolve("home");
        Map<String, String> environment = Map.of(
                "CUSTODIA_HOME", home.toString(),
                Secrets.PASSPHRASE, TestWorkspaces.PASSPHRASE,
                Secrets.PASSWORD, TestWorkspaces.ADMIN_PASSWORD);

        Processes.Outcome init = Processes.run(dir, environment, launcher(List.of(), "init", "--admin", "admin"));
        assertThat(init.exitCode()).as(init.toString()).isZero();
        Path workspace = home.resolve("data").resolve("workspaces").resolve("default");
        assertThat(init.out()).as(init.toString())
                .contains("Created an encrypted workspace in " + workspace.toAbsolutePath())
                .contains("Administrator: admin");
        assertThat(workspace.resolve("workspace.json")).exists();

        Path classLog = dir.resolve("classes.log");
        Processes.Outcome demo = Processes.run(dir, environment,
                launcher(List.of("-Xlog:class+load=info:file=" + classLog), "demo", "--persons", "100", "--user", "admin"));
        assertThat(demo.exitCode()).as(demo.toString()).isZero();
        assertThat(demo.out()).as(demo.toString()).contains("Generated 100 persons");

        List<String> loaded = Files.readAllLines(classLog);
        assertThat(loaded).as("the class log was written").anyMatch(line -> line.contains(" com.custodia.cli.DemoCommand "));
        assertThat(loaded).as("classes loaded from package javafx")
                .noneMatch(line -> line.matches(".*\\]\\s+javafx\\..*"));
    }

    private static List<String> launcher(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Processes.java().toString());
        command.add("-Djava.awt.headless=true");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(testClassPath());
        command.add("com.custodia.app.Launcher");
        command.addAll(List.of(args));
        return command;
    }

    /**
     * The class path of this test run. Surefire starts its JVM through a manifest-only jar, so
     * java.class.path may hold only that jar; it publishes the real path separately.
     */
    private static String testClassPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }
}
