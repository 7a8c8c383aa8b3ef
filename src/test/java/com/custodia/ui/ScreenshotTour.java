package com.custodia.ui;

import com.custodia.app.AppContext;
import com.custodia.app.WindowFlow;
import com.custodia.service.settings.AppDirs;
import com.custodia.service.settings.Preferences;
import com.custodia.ui.common.FxTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;

/**
 * Not a test: walks the real console on a real display and takes the screenshots in
 * {@code docs/screenshots}. Run under Xvfb with ImageMagick's {@code import} on the path:
 * <pre>
 *   Xvfb :57 -screen 0 1280x800x24 -nolisten tcp &amp;
 *   DISPLAY=:57 java -cp target/test-classes:target/classes:&lt;dependencies&gt; com.custodia.ui.ScreenshotTour docs/screenshots
 * </pre>
 * It uses a fresh temporary home, the standard hasher and a demo workspace.
 */
public final class ScreenshotTour {

    private static final Duration WAIT = Duration.ofSeconds(120);

    private final Path out;
    private final String theme;
    /** The console's own door into the UI thread, as everywhere else. */
    private final FxTaskExecutor ui = new FxTaskExecutor();
    private Stage stage;

    private ScreenshotTour(Path out, String theme) {
        this.out = out;
        this.theme = theme;
    }

    /** Arguments: the output folder (default docs/screenshots) and the theme, light (default) or dark. */
    public static void main(String[] args) throws Exception {
        new ScreenshotTour(Path.of(args.length > 0 ? args[0] : "docs/screenshots"), args.length > 1 ? args[1] : "light").run();
    }

    private void run() throws Exception {
        Files.createDirectories(out);
        Path home = Files.createTempDirectory("custodia-tour");
        AppDirs dirs = new AppDirs(home.resolve("config"), home.resolve("data"));
        // the window fills the virtual screen, which has no window manager to place it
        new Preferences(dirs).save(new Preferences.Values(theme, new Preferences.Window(0, 0, 1280, 800, false), 15));
        Platform.setImplicitExit(false);
        Platform.startup(() -> { });
        AppContext context = AppContext.builder().dirs(dirs).build();
        WindowFlow flow = new WindowFlow(context, () -> { });
        onFx(() -> {
            stage = new Stage();
            flow.start(stage);
            return null;
        });
        waitFor("#choice-create");
        shoot("first-run.png");

        onFx(() -> fire("#choice-demo"));
        onFx(() -> fire("#first-run-submit"));
        waitFor("#demo-continue");
        shoot("first-run-demo.png");

        onFx(() -> fire("#demo-continue"));
        waitFor("#signin-password");
        onFx(() -> type("#signin-password", "demo"));
        shoot("sign-in.png");
        onFx(() -> fire("#signin-submit"));
        waitFor("#main-window");
        shoot("main-window.png");

        onFx(() -> {
            flow.lockNow();
            return null;
        });
        waitFor("#lock-password");
        shoot("lock.png");

        onFx(() -> {
            flow.shutdown();
            stage.hide();
            return null;
        });
        context.close();
        ui.close();
        Platform.exit();
    }

    // ---------------------------------------------------------------- Helpers

    private Void type(String id, String text) {
        ((TextInputControl) node(id)).setText(text);
        return null;
    }

    private Void fire(String id) {
        ((ButtonBase) node(id)).fire();
        return null;
    }

    private Node node(String id) {
        Node node = stage.getScene().lookup(id);
        if (node == null) {
            throw new IllegalStateException("no node " + id);
        }
        return node;
    }

    private void waitFor(String id) throws Exception {
        Instant until = Instant.now().plus(WAIT);
        while (Instant.now().isBefore(until)) {
            Boolean shown = onFx(() -> {
                Node node = stage.getScene().lookup(id);
                for (Node n = node; n != null; n = n.getParent()) {
                    if (!n.isVisible()) {
                        return false;
                    }
                }
                return node != null;
            });
            if (shown) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("timed out waiting for " + id);
    }

    /** Lets a few frames render, then captures the whole virtual screen. */
    private void shoot(String name) throws Exception {
        Thread.sleep(3000);
        Process p = new ProcessBuilder("import", "-window", "root", out.resolve(name).toString()).inheritIO().start();
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("import failed for " + name);
        }
    }

    private <T> T onFx(Supplier<T> action) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        ui.runOnUi(() -> {
            try {
                result.complete(action.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }
}
