package com.custodia.service.settings;

import java.nio.file.Path;
import java.util.Locale;

/**
 * Where Custodia keeps its configuration (profiles, preferences, keys) and, by default, its
 * workspaces. {@code CUSTODIA_HOME} (or the system property {@code custodia.home}) moves both,
 * which is how tests and portable installs keep to one folder.
 */
public record AppDirs(Path config, Path data) {

    public static AppDirs detect() {
        String home = System.getProperty("custodia.home");
        if (home == null || home.isBlank()) {
            home = System.getenv("CUSTODIA_HOME");
        }
        if (home != null && !home.isBlank()) {
            Path base = Path.of(home).toAbsolutePath();
            return new AppDirs(base.resolve("config"), base.resolve("data"));
        }
        Path user = Path.of(System.getProperty("user.home"));
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            Path base = appData != null ? Path.of(appData, "Custodia") : user.resolve("AppData/Roaming/Custodia");
            return new AppDirs(base.resolve("config"), base.resolve("data"));
        }
        if (os.contains("mac")) {
            Path base = user.resolve("Library/Application Support/Custodia");
            return new AppDirs(base.resolve("config"), base.resolve("data"));
        }
        return new AppDirs(xdg("XDG_CONFIG_HOME", user.resolve(".config")).resolve("custodia"),
                xdg("XDG_DATA_HOME", user.resolve(".local/share")).resolve("custodia"));
    }

    private static Path xdg(String variable, Path fallback) {
        String value = System.getenv(variable);
        return value == null || value.isBlank() ? fallback : Path.of(value);
    }

    /** The workspace used when none is named. */
    public Path defaultWorkspace() {
        return data.resolve("workspaces").resolve("default");
    }

    public Path workspaces() {
        return data.resolve("workspaces");
    }
}
