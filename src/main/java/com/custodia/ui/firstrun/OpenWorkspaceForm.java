package com.custodia.ui.firstrun;

import com.custodia.ui.common.FieldProblem;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The "open an existing workspace" form: folder and passphrase. */
public final class OpenWorkspaceForm {

    private final ResourceBundle bundle;
    private final StringProperty folder = new SimpleStringProperty("");
    private final StringProperty passphrase = new SimpleStringProperty("");

    OpenWorkspaceForm(ResourceBundle bundle, Path suggestedFolder) {
        this.bundle = bundle;
        folder.set(suggestedFolder.toString());
    }

    public StringProperty folderProperty() { return folder; }
    public StringProperty passphraseProperty() { return passphrase; }

    public Optional<FieldProblem> validate() {
        if (folder.get().isBlank()) {
            return Optional.of(FieldProblem.ofKey(bundle, "open-folder", "problem.chooseFolder"));
        }
        if (!isPath(folder.get())) {
            return Optional.of(FieldProblem.ofKey(bundle, "open-folder", "problem.badFolder"));
        }
        if (passphrase.get().isEmpty()) {
            return Optional.of(FieldProblem.ofKey(bundle, "open-passphrase", "problem.required"));
        }
        return Optional.empty();
    }

    Opening prepare() {
        Path target = Path.of(folder.get().strip());
        char[] secret = passphrase.get().toCharArray();
        return (workspaces, progress) -> workspaces.openWorkspace(target, secret, progress);
    }

    void clearSecrets() {
        passphrase.set("");
    }

    static boolean isPath(String text) {
        try {
            Path.of(text.strip());
            return true;
        } catch (java.nio.file.InvalidPathException e) {
            return false;
        }
    }
}
