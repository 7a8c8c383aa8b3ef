package com.custodia.ui.firstrun;

import com.custodia.policy.CredentialRules;
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
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty displayName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty passwordRepeat = new SimpleStringProperty("");

    CreateWorkspaceForm(ResourceBundle bundle, Path suggestedFolder) {
        this.bundle = bundle;
        folder.set(suggestedFolder.toString());
    }

    // ---------------------------------------------------------------- Properties

    public StringProperty folderProperty() { return folder; }
    public StringProperty passphraseProperty() { return passphrase; }
    public StringProperty passphraseRepeatProperty() { return passphraseRepeat; }
    public StringProperty usernameProperty() { return username; }
    public StringProperty displayNameProperty() { return displayName; }
    public StringProperty passwordProperty() { return password; }
    public StringProperty passwordRepeatProperty() { return passwordRepeat; }

    // ---------------------------------------------------------------- Validation

    /** The first problem, in the order the fields appear on the screen. */
    public Optional<FieldProblem> validate() {
        if (folder.get().isBlank()) {
            return Optional.of(FieldProblem.ofKey(bundle, "create-folder", "problem.chooseFolder"));
        }
        if (!isPath(folder.get())) {
            return Optional.of(FieldProblem.ofKey(bundle, "create-folder", "problem.badFolder"));
        }
        Optional<String> weak = CredentialRules.checkPassphrase(passphrase.get().toCharArray());
        if (weak.isPresent()) {
            return Optional.of(FieldProblem.of(bundle, "create-passphrase", weak.get()));
        }
        if (!passphrase.get().equals(passphraseRepeat.get())) {
            return Optional.of(FieldProblem.ofKey(bundle, "create-passphrase-repeat", "problem.passphrasesDiffer"));
        }
        if (username.get().isBlank()) {
            return Optional.of(FieldProblem.ofKey(bundle, "create-username", "problem.required"));
        }
        Optional<String> badName = CredentialRules.checkUsername(username.get().strip());
        if (badName.isPresent()) {
            return Optional.of(FieldProblem.of(bundle, "create-username", badName.get()));
        }
        if (displayName.get().isBlank()) {
            return Optional.of(FieldProblem.ofKey(bundle, "create-display-name", "problem.required"));
        }
        Optional<String> weakPassword = CredentialRules.checkPassword(username.get().strip(), password.get().toCharArray());
        if (weakPassword.isPresent()) {
            return Optional.of(FieldProblem.of(bundle, "create-password", weakPassword.get()));
        }
        if (!password.get().equals(passwordRepeat.get())) {
            return Optional.of(FieldProblem.ofKey(bundle, "create-password-repeat", "problem.passwordsDiffer"));
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- Commands

    Opening prepare() {
        Path target = Path.of(folder.get().strip());
        char[] secret = passphrase.get().toCharArray();
        var admin = new WorkspaceService.FirstAdministrator(username.get().strip(), displayName.get().strip(),
                password.get().toCharArray());
        return (workspaces, progress) -> workspaces.createWorkspace(target, secret, admin, progress);
    }

    String adminUsername() {
        return username.get().strip();
    }

    /** Secrets leave the form once they have been used or the screen is left. */
    void clearSecrets() {
        passphrase.set("");
        passphraseRepeat.set("");
        password.set("");
        passwordRepeat.set("");
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
