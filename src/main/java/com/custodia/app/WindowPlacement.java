package com.custodia.app;

import com.custodia.service.settings.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Restores the main window where the operator left it, unless that place is no longer on any
 * screen (a monitor was unplugged), in which case it opens centred at a comfortable size.
 */
final class WindowPlacement {

    private static final double DEFAULT_WIDTH = 1180;
    private static final double DEFAULT_HEIGHT = 760;
    private static final double MIN_WIDTH = 640;
    private static final double MIN_HEIGHT = 480;

    private WindowPlacement() {
    }

    static void restore(Stage stage, Preferences.Window saved) {
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        if (saved != null && saved.width() >= MIN_WIDTH && saved.height() >= MIN_HEIGHT && onSomeScreen(saved)) {
            stage.setX(saved.x());
            stage.setY(saved.y());
            stage.setWidth(saved.width());
            stage.setHeight(saved.height());
            stage.setMaximized(saved.maximized());
            return;
        }
        Rectangle2D bounds = Screen.getPrimary().getVisualBounds();
        stage.setWidth(Math.min(DEFAULT_WIDTH, bounds.getWidth()));
        stage.setHeight(Math.min(DEFAULT_HEIGHT, bounds.getHeight()));
        stage.centerOnScreen();
    }

    /** The placement to remember; a maximised window keeps its last normal bounds for un-maximising. */
    static Preferences.Window capture(Stage stage, Preferences.Window previous) {
        if (stage.isMaximized() && previous != null) {
            return new Preferences.Window(previous.x(), previous.y(), previous.width(), previous.height(), true);
        }
        if (Double.isNaN(stage.getX()) || Double.isNaN(stage.getWidth())) {
            return previous;
        }
        return new Preferences.Window(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized());
    }

    /** At least a grabbable strip of the title bar must be visible. */
    private static boolean onSomeScreen(Preferences.Window w) {
        return !Screen.getScreensForRectangle(w.x(), w.y(), Math.min(w.width(), 200), 40).isEmpty();
    }
}
