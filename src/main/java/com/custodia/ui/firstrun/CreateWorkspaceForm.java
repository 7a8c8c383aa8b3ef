package com.custodia.ui.firstrun;

import com.custodia.service.workspace.WorkspaceService;
import com.custodia.ui.common.FieldProblem;
import java.nio.file.Path;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The "create a workspace" form: folder, passphrase twice, and the first administrator. */
public final class CreateWorkspaceForm {

    private final ResourceBundle bundle;
    private final StringProperty folder = new SimpleStringProperty("");
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty passphraseRepeat = new SimpleStringProperty("");
    private final AdministratorFields admin;

    CreateWorkspaceForm(ResourceBundle bundle, Path suggestedFolder) {
        this.bundle = bundle;
        this.admin = new AdministratorFields(bundle, "create");
        folder.set(suggestedFolder.toString());
    }

    // ---------------------------------------------------------------- Properties

    public StringProperty folderProperty() { return folder; }
    public StringProperty passphraseProperty() { return passphrase; }
    public StringProperty passphraseRepeatProperty() { return passphraseRepeat; }
    public StringProperty usernameProperty() { return admin.usernameProperty(); }
    public StringProperty displayNameProperty() { return admin.displayNameProperty(); }
    public StringProperty passwordProperty() { return admin.passwordProperty(); }
    public StringProperty passwordRepeatProperty() { return admin.passwordRepeatProperty(); }

    // ---------------------------------------------------------------- Validation

    /** The first problem, in the order the fields appear on the screen. */
    public Optional<FieldProblem> validate() {
        if (folder.get().isBlank()) {
            return Optional.of(FieldProblem.ofKey(bundle, "create-folder", "problem.chooseFolder"));
        }
        if (!isPath(folder.get())) {
            return Optional.of(FieldProblem.ofKey(bundle, "create-folder", "problem.badFolder"));
        }
        Optional<FieldProblem> passphraseProblem = NewPassphrase.validate(bundle, "create-passphrase",
                "create-passphrase-repeat", passphrase.get(), passphraseRepeat.get());
        return passphraseProblem.isPresent() ? passphraseProblem : admin.validate();
    }

    // ---------------------------------------------------------------- Commands

    Opening prepare() {
        Path target = Path.of(folder.get().strip());
        char[] secret = passphrase.get().toCharArray();
        WorkspaceService.FirstAdministrator first = admin.administrator();
        return (workspaces, progress) -> workspaces.createWorkspace(target, secret, first, progress);
    }

    String adminUsername() {
        return admin.username();
    }

    /** Secrets leave the form once they have been used or the screen is left. */
    void clearSecrets() {
        passphrase.set("");
        passphraseRepeat.set("");
        admin.clearSecrets();
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
