package com.custodia.ui.support;

import com.custodia.service.settings.AppDirs;
import com.custodia.service.workspace.WorkspaceService;
import com.custodia.support.TestWorkspaces;
import com.custodia.ui.common.ViewLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.ResourceBundle;

/** Small helpers shared by the console's tests. */
public final class UiTesting {

    private UiTesting() {
    }

    /** Configuration and data folders under a test's temporary folder, as CUSTODIA_HOME would give. */
    public static AppDirs dirs(Path home) {
        return new AppDirs(home.resolve("config"), home.resolve("data"));
    }

    public static ResourceBundle bundle(String feature) {
        return new ViewLoader(Locale.ENGLISH).bundle(feature);
    }

    /** Workspace service with cheap operator hashing (the passphrase KDF keeps its full cost). */
    public static WorkspaceService workspaces(Clock clock) {
        return TestWorkspaces.workspaceService(clock);
    }
}
