package com.custodia.ui.casefile;

import com.custodia.casefile.CaseFileReader;
import com.custodia.ui.common.DialogService;
import com.custodia.ui.common.TaskExecutor;
import com.custodia.ui.common.ViewLoader;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The case file view in a window of its own, so it needs nothing of the workspace or the sign-in and
 * stays open beside the main window (or after it closed).
 */
public final class CaseFileWindow {

    private CaseFileWindow() {
    }

    /** Opens the window and asks for a file at once. */
    public static Stage open(Supplier<CaseFileReader> reader, TaskExecutor executor, DialogService dialogs,
                             ViewLoader views, java.time.Clock clock) {
        CaseFileViewModel model = new CaseFileViewModel(reader, executor, dialogs, views.bundle("casefile"), clock);
        CaseFileView view = new CaseFileView(model, views);
        Scene scene = new Scene(view.root(), 1000, 700);
        scene.getStylesheets().add(com.custodia.ui.common.Themes.stylesheetUrl());
        Stage stage = new Stage();
        stage.setTitle(views.bundle("casefile").getString("window.title"));
        stage.setScene(scene);
        stage.show();
        model.chooseAndOpen();
        return stage;
    }
}
