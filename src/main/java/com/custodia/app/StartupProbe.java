package com.custodia.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * What {@code bench} needs to time the start of the console (DESIGN.md section 9: start to login
 * window). Started with {@code -D}{@value #PROPERTY}{@code =true}, the console prints
 * {@value #READY} and the screen's name ({@code sign-in} or {@code first-run}) on standard output
 * once its first screen is ready, and exits. {@link Baseline} is the same start without Custodia: the JavaFX toolkit showing one
 * window with a label, the raw engine of this figure.
 */
public final class StartupProbe {

    public static final String PROPERTY = "custodia.startupProbe";
    public static final String READY = "custodia-startup-ready";

    private StartupProbe() {
    }

    static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Says which first screen is ready and ends the process; nothing has been opened yet that needs closing. */
    static void readyAndExit(String screen) {
        System.out.println(READY + " " + screen);
        System.out.flush();
        System.exit(0);
    }

    /** A JavaFX window with one label, shown and then left: what any JavaFX application pays to start. */
    public static final class Baseline {
        private Baseline() {
        }

        public static void main(String[] args) {
            Application.launch(Window.class);
        }
    }

    /** The baseline's window; public and with a public constructor, as the toolkit requires. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new Label("Custodia"), 800, 600));
            stage.show();
            readyAndExit("window");
        }
    }
}
