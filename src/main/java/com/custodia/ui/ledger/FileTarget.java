package com.custodia.ui.ledger;

import com.custodia.ui.common.DialogService;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The file a form writes to: typed, or picked with the file chooser, and confirmed before an
 * existing file is replaced. It can be typed because a chooser may only offer existing files.
 */
final class FileTarget {

    private final StringProperty path = new SimpleStringProperty(this, "path", "");
    private final DialogService dialogs;
    private final LedgerText text;

    FileTarget(DialogService dialogs, LedgerText text) {
        this.dialogs = dialogs;
        this.text = text;
    }

    StringProperty pathProperty() {
        return path;
    }

    /** Opens the chooser in the folder of the current path (or the home folder). */
    void choose(String title) {
        Path folder = current().map(Path::toAbsolutePath).map(Path::getParent)
                .orElse(Path.of(System.getProperty("user.home")));
        dialogs.chooseFile(title, folder).ifPresent(p -> path.set(p.toString()));
    }

    /** The typed path, if it is one. */
    Optional<Path> current() {
        String typed = path.get() == null ? "" : path.get().strip();
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(typed));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** Gives the path the extension, replacing another one of {@code replaceable}. */
    void ensureExtension(String extension, String... replaceable) {
        String typed = path.get() == null ? "" : path.get().strip();
        if (typed.isEmpty() || typed.toLowerCase(java.util.Locale.ROOT).endsWith("." + extension)) {
            return;
        }
        for (String other : replaceable) {
            if (typed.toLowerCase(java.util.Locale.ROOT).endsWith("." + other)) {
                typed = typed.substring(0, typed.length() - other.length() - 1);
            }
        }
        path.set(typed + "." + extension);
    }

    /** True when the file may be written: it does not exist, or the operator agrees to replace it. */
    boolean mayWrite(Path target) {
        return !Files.exists(target) || dialogs.confirm(text.get("confirm.overwrite.title"),
                text.format("confirm.overwrite.message", target));
    }
}
