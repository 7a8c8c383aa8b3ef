package com.custodia.ui.login;

import com.custodia.ui.common.ViewLoader;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;

/** Code-behind of {@code fxml/login/ChangePassword.fxml}. */
public final class ChangePasswordView {

    private final ChangePasswordViewModel model;
    private final ResourceBundle bundle;
    private final Parent root;

    @FXML private Label greeting;
    @FXML private PasswordField current;
    @FXML private PasswordField newPassword;
    @FXML private PasswordField repeat;
    @FXML private Label error;
    @FXML private Button submit;
    @FXML private Button cancel;

    public ChangePasswordView(ChangePasswordViewModel model, ViewLoader views) {
        this.model = model;
        this.bundle = views.bundle("login");
        this.root = views.load("login", "ChangePassword", this);
    }

    public Parent root() {
        return root;
    }

    public void focus() {
        current.requestFocus();
    }

    @FXML
    private void initialize() {
        greeting.setText(MessageFormat.format(bundle.getString("change.greeting"), model.displayName()));
        current.textProperty().bindBidirectional(model.currentProperty());
        newPassword.textProperty().bindBidirectional(model.newPasswordProperty());
        repeat.textProperty().bindBidirectional(model.repeatProperty());
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        submit.disableProperty().bind(model.busyProperty());
        cancel.disableProperty().bind(model.busyProperty());
        model.invalidFieldProperty().addListener((obs, was, id) -> {
            Node field = id == null || id.isEmpty() ? null : root.lookup("#" + id);
            if (field != null) {
                field.requestFocus();
            }
        });
    }

    @FXML private void submit() { model.submit(); }
    @FXML private void cancel() { model.cancel(); }
}
