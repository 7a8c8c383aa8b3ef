package com.custodia.ui.common;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Dialogs, notifications and file choosers, behind an interface so view models are tested with
 * a fake. Implementations are called on the UI thread.
 */
public interface DialogService {

    void showError(String title, String message);

    void showInfo(String title, String message);

    boolean confirm(String title, String message);

    Optional<Path> chooseDirectory(String title, Path initial);

    /** Picks an existing file to read. */
    Optional<Path> chooseFile(String title, Path initial);

    /**
     * Picks where to write a new file (the file need not exist). Fakes in tests may leave this
     * to {@link #chooseFile}.
     */
    default Optional<Path> chooseSaveFile(String title, Path initial, String suggestedName) {
        return chooseFile(title, initial);
    }
}
