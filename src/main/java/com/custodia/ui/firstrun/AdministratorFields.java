package com.custodia.ui.firstrun;

import com.custodia.policy.CredentialRules;
import com.custodia.service.workspace.WorkspaceService;
import com.custodia.ui.common.FieldProblem;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The first administrator's four fields and their rules, the same wherever a database is begun:
 * a new workspace, or a server initialised from the console. {@code prefix} starts the node ids
 * ({@code <prefix>-username}, …), which name the fields in the bundle as well.
 */
final class AdministratorFields {

    private final ResourceBundle bundle;
    private final String prefix;
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty displayName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty passwordRepeat = new SimpleStringProperty("");

    AdministratorFields(ResourceBundle bundle, String prefix) {
        this.bundle = bundle;
        this.prefix = prefix;
    }

    StringProperty usernameProperty() { return username; }
    StringProperty displayNameProperty() { return displayName; }
    StringProperty passwordProperty() { return password; }
    StringProperty passwordRepeatProperty() { return passwordRepeat; }

    /** The first problem, in the order the fields appear on the screen. */
    Optional<FieldProblem> validate() {
        if (username.get().isBlank()) {
            return Optional.of(FieldProblem.ofKey(bundle, prefix + "-username", "problem.required"));
        }
        Optional<String> badName = CredentialRules.checkUsername(username.get().strip());
        if (badName.isPresent()) {
            return Optional.of(FieldProblem.of(bundle, prefix + "-username", badName.get()));
        }
        if (displayName.get().isBlank()) {
            return Optional.of(FieldProblem.ofKey(bundle, prefix + "-display-name", "problem.required"));
        }
        Optional<String> weakPassword = CredentialRules.checkPassword(username.get().strip(), password.get().toCharArray());
        if (weakPassword.isPresent()) {
            return Optional.of(FieldProblem.of(bundle, prefix + "-password", weakPassword.get()));
        }
        if (!password.get().equals(passwordRepeat.get())) {
            return Optional.of(FieldProblem.ofKey(bundle, prefix + "-password-repeat", "problem.passwordsDiffer"));
        }
        return Optional.empty();
    }

    /** The values copied out of the properties, for the worker thread. */
    WorkspaceService.FirstAdministrator administrator() {
        return new WorkspaceService.FirstAdministrator(username(), displayName.get().strip(), password.get().toCharArray());
    }

    String username() {
        return username.get().strip();
    }

    void clearSecrets() {
        password.set("");
        passwordRepeat.set("");
    }
}
