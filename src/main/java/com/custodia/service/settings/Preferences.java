package com.custodia.service.settings;

import java.nio.file.Path;

/** The console's own preferences ({@code ui.json}): theme, window placement, idle lock. */
public final class Preferences {

    public static final int DEFAULT_IDLE_LOCK_MINUTES = 15;

    public record Window(double x, double y, double width, double height, boolean maximized) {
    }

    public record Values(String theme, Window window, Integer idleLockMinutes) {
        public Values withTheme(String newTheme) {
            return new Values(newTheme, window, idleLockMinutes);
        }

        public Values withWindow(Window newWindow) {
            return new Values(theme, newWindow, idleLockMinutes);
        }

        public Values withIdleLockMinutes(Integer minutes) {
            return new Values(theme, window, minutes);
        }

        public int idleLockMinutesOrDefault() {
            return idleLockMinutes == null || idleLockMinutes < 1 ? DEFAULT_IDLE_LOCK_MINUTES : idleLockMinutes;
        }
    }

    private final Path file;

    public Preferences(AppDirs dirs) {
        this.file = dirs.config().resolve("ui.json");
    }

    public Values load() {
        return JsonFiles.read(file, Values.class).orElse(new Values("light", null, DEFAULT_IDLE_LOCK_MINUTES));
    }

    public void save(Values values) {
        JsonFiles.write(file, values);
    }
}
