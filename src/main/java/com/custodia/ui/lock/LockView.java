package com.custodia.ui.lock;

import com.custodia.ui.common.ViewLoader;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;

/**
 * Code-behind of {@code fxml/lock/Lock.fxml}. It replaces the whole main window while locked,
 * so nothing of the screen that was open stays in the scene graph.
 */
public final class LockView {

    private final LockViewModel model;
    private final ResourceBundle bundle;
    private final Parent root;

    @FXML private Label who;
    @FXML private PasswordField password;
    @FXML private Label error;
    @FXML private Button unlock;
    @FXML private Button signOutButton;

    public LockView(LockViewModel model, ViewLoader views) {
        this.model = model;
        this.bundle = views.bundle("lock");
        this.root = views.load("lock", "Lock", this);
    }

    public Parent root() {
        return root;
    }

    public void focus() {
        password.requestFocus();
    }

    @FXML
    private void initialize() {
        who.setText(MessageFormat.format(bundle.getString("lock.who"), model.displayName(), model.username()));
        password.textProperty().bindBidirectional(model.passwordProperty());
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        unlock.disableProperty().bind(model.busyProperty());
        signOutButton.disableProperty().bind(model.busyProperty());
        password.disableProperty().bind(model.busyProperty());
    }

    @FXML private void unlock() { model.unlock(); }
    @FXML private void signOut() { model.signOut(); }
}
