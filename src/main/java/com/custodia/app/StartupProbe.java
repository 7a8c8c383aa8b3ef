package com.custodia.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * What {@code bench} needs to time the start of the console (DESIGN.md section 9: start to login
 * window). Started with {@code -D}{@value #PROPERTY}{@code =true}, the console ends its process
 * as soon as its first screen is ready, without printing anything: exit status {@value #SIGN_IN}
 * when that screen is sign-in, {@value #FIRST_RUN} when it is first run. The bench times the
 * process from its start to its end. {@link Baseline} is the same start without Custodia: the JavaFX toolkit showing one
 * window with a label, the raw engine of this figure.
 */
public final class StartupProbe {

    public static final String PROPERTY = "custodia.startupProbe";
    /** Exit status: the first screen was sign-in (or the baseline's window was shown). */
    public static final int SIGN_IN = 0;
    /** Exit status: the first screen was first run. */
    public static final int FIRST_RUN = 64;

    private StartupProbe() {
    }

    static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /**
     * Ends the process at once with {@code status}: nothing has been opened yet that needs closing,
     * and halting spares the measured start the JVM's shutdown.
     */
    static void readyAndExit(int status) {
        Runtime.getRuntime().halt(status);
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
            readyAndExit(SIGN_IN);
        }
    }
}
