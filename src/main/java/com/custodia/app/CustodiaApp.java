package com.custodia.app;

import com.custodia.ui.common.ErrorReporter;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The JavaFX application: builds the {@link AppContext}, installs the one uncaught-exception
 * handler and hands the window to {@link WindowFlow}. Tests skip this class and drive a
 * {@code WindowFlow} with a context of their own.
 */
public final class CustodiaApp extends Application {

    private AppContext context;
    private WindowFlow flow;

    @Override
    public void start(Stage stage) {
        context = AppContext.desktop();
        new ErrorReporter(context.executor(), context.dialogs(), context.views().bundle("common")).install();
        flow = new WindowFlow(context, Platform::exit);
        flow.start(stage);
        Warmup.persistenceInBackground();
    }

    @Override
    public void stop() {
        if (flow != null) {
            flow.shutdown();
        }
        if (context != null) {
            context.close();
        }
    }
}
