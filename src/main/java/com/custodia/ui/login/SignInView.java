package com.custodia.ui.login;

import com.custodia.domain.ConnectionProfile;
import com.custodia.ui.common.ViewLoader;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;

/** Code-behind of {@code fxml/login/SignIn.fxml}. */
public final class SignInView {

    private final SignInViewModel model;
    private final Parent root;

    @FXML private ComboBox<ConnectionProfile> profile;
    @FXML private Node passphraseRow;
    @FXML private PasswordField passphrase;
    @FXML private Node dbPasswordRow;
    @FXML private PasswordField dbPassword;
    @FXML private Node keyPassphraseRow;
    @FXML private PasswordField keyPassphrase;
    @FXML private TextField username;
    @FXML private PasswordField password;
    @FXML private Label error;
    @FXML private HBox progressRow;
    @FXML private ProgressBar progress;
    @FXML private Label progressMessage;
    @FXML private Button submit;
    @FXML private Hyperlink other;

    public SignInView(SignInViewModel model, ViewLoader views) {
        this.model = model;
        this.root = views.load("login", "SignIn", this);
    }

    public Parent root() {
        return root;
    }

    /** Puts the cursor where the operator types next: the password when the name is known. */
    public void focusFirstEmptyField() {
        if (model.needsPassphraseProperty().get()) {
            passphrase.requestFocus();
        } else if (model.needsDbPasswordProperty().get()) {
            dbPassword.requestFocus();
        } else if (model.usernameProperty().get().isBlank()) {
            username.requestFocus();
        } else {
            password.requestFocus();
        }
    }

    @FXML
    private void initialize() {
        profile.setItems(model.profiles());
        profile.setCellFactory(list -> new ProfileCell());
        profile.setButtonCell(new ProfileCell());
        profile.valueProperty().bindBidirectional(model.selectedProperty());
        passphrase.textProperty().bindBidirectional(model.passphraseProperty());
        dbPassword.textProperty().bindBidirectional(model.dbPasswordProperty());
        keyPassphrase.textProperty().bindBidirectional(model.keyPassphraseProperty());
        username.textProperty().bindBidirectional(model.usernameProperty());
        password.textProperty().bindBidirectional(model.passwordProperty());
        passphraseRow.visibleProperty().bind(model.needsPassphraseProperty());
        passphraseRow.managedProperty().bind(model.needsPassphraseProperty());
        dbPasswordRow.visibleProperty().bind(model.needsDbPasswordProperty());
        dbPasswordRow.managedProperty().bind(model.needsDbPasswordProperty());
        keyPassphraseRow.visibleProperty().bind(model.needsDbPasswordProperty());
        keyPassphraseRow.managedProperty().bind(model.needsDbPasswordProperty());
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        progressRow.visibleProperty().bind(model.busyProperty());
        progressRow.managedProperty().bind(model.busyProperty());
        progress.progressProperty().bind(model.progressProperty());
        progressMessage.textProperty().bind(model.progressMessageProperty());
        // while a database opens, nothing may lead elsewhere: its result would arrive on another screen
        submit.disableProperty().bind(model.busyProperty());
        other.disableProperty().bind(model.busyProperty());
        profile.disableProperty().bind(model.busyProperty());
        model.invalidFieldProperty().addListener((obs, was, id) -> {
            Node field = id == null || id.isEmpty() ? null : root.lookup("#" + id);
            if (field != null) {
                field.requestFocus();
            }
        });
    }

    @FXML private void signIn() { model.signIn(); }
    @FXML private void otherWorkspace() { model.otherWorkspace(); }

    /** Shows a profile by its label: the folder, or user, host and database of a server. */
    private static final class ProfileCell extends ListCell<ConnectionProfile> {
        @Override
        protected void updateItem(ConnectionProfile item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.label());
        }
    }
}
