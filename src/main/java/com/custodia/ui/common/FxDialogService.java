package com.custodia.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The real dialogs: JavaFX alerts and the platform's file and folder choosers, owned by the
 * window that has the focus so they open in front of it and carry the application icon.
 */
public final class FxDialogService implements DialogService {

    private final AppIcons icons;

    public FxDialogService(AppIcons icons) {
        this.icons = icons;
    }

    @Override
    public void showError(String title, String message) {
        show(Alert.AlertType.ERROR, title, message);
    }

    @Override
    public void showInfo(String title, String message) {
        show(Alert.AlertType.INFORMATION, title, message);
    }

    @Override
    public boolean confirm(String title, String message) {
        return alert(Alert.AlertType.CONFIRMATION, title, message).showAndWait()
                .filter(ButtonType.OK::equals).isPresent();
    }

    @Override
    public Optional<Path> chooseDirectory(String title, Path initial) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        existingFolder(initial).ifPresent(chooser::setInitialDirectory);
        return Optional.ofNullable(chooser.showDialog(owner())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseFile(String title, Path initial) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        existingFolder(initial).ifPresent(chooser::setInitialDirectory);
        return Optional.ofNullable(chooser.showOpenDialog(owner())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, Path initial, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        existingFolder(initial).ifPresent(chooser::setInitialDirectory);
        if (suggestedName != null) {
            chooser.setInitialFileName(suggestedName);
        }
        return Optional.ofNullable(chooser.showSaveDialog(owner())).map(File::toPath);
    }

    private void show(Alert.AlertType type, String title, String message) {
        alert(type, title, message).showAndWait();
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message, type == Alert.AlertType.CONFIRMATION
                ? new ButtonType[] {ButtonType.OK, ButtonType.CANCEL} : new ButtonType[] {ButtonType.OK});
        alert.setTitle(title);
        alert.setHeaderText(title);
        Window owner = owner();
        if (owner != null) {
            alert.initOwner(owner);
        }
        if (alert.getDialogPane().getScene().getWindow() instanceof Stage stage) {
            icons.applyTo(stage);
        }
        alert.getDialogPane().getStylesheets().add(Themes.stylesheetUrl());
        return alert;
    }

    /** The focused window, else any showing one: dialogs need an owner to stay in front. */
    private static Window owner() {
        return Window.getWindows().stream().filter(Window::isFocused).findFirst()
                .or(() -> Window.getWindows().stream().filter(Window::isShowing).findFirst())
                .orElse(null);
    }

    /** Choosers reject an initial folder that does not exist; walk up to one that does. */
    private static Optional<File> existingFolder(Path initial) {
        Path p = initial == null ? null : initial.toAbsolutePath();
        while (p != null && !Files.isDirectory(p)) {
            p = p.getParent();
        }
        return Optional.ofNullable(p).map(Path::toFile);
    }
}
