package com.custodia.ui.firstrun;

import com.custodia.domain.ConnectionProfile.TlsMode;
import com.custodia.domain.Role;
import com.custodia.service.workspace.DemoCredentials;
import com.custodia.ui.common.ViewLoader;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Code-behind of {@code fxml/firstrun/FirstRun.fxml}: bindings and one-line handlers. */
public final class FirstRunView {

    private final FirstRunViewModel model;
    private final ResourceBundle bundle;
    private final ResourceBundle common;
    private final Parent root;

    @FXML private ToggleGroup choices;
    @FXML private ToggleButton choiceCreate;
    @FXML private ToggleButton choiceOpen;
    @FXML private ToggleButton choiceServer;
    @FXML private ToggleButton choiceDemo;
    @FXML private ScrollPane formScroll;
    @FXML private Node formCreate;
    @FXML private Node formOpen;
    @FXML private Node formServer;
    @FXML private Node formDemo;
    @FXML private TextField createFolder;
    @FXML private PasswordField createPassphrase;
    @FXML private PasswordField createPassphraseRepeat;
    @FXML private TextField createUsername;
    @FXML private TextField createDisplayName;
    @FXML private PasswordField createPassword;
    @FXML private PasswordField createPasswordRepeat;
    @FXML private TextField openFolder;
    @FXML private PasswordField openPassphrase;
    @FXML private TextField serverHost;
    @FXML private TextField serverPort;
    @FXML private TextField serverDatabase;
    @FXML private TextField serverSchema;
    @FXML private TextField serverUser;
    @FXML private ComboBox<TlsMode> serverTls;
    @FXML private TextField serverCa;
    @FXML private PasswordField serverPassword;
    @FXML private PasswordField serverKeyPassphrase;
    @FXML private Node serverInit;
    @FXML private PasswordField serverInitKeyRepeat;
    @FXML private TextField serverInitUsername;
    @FXML private TextField serverInitDisplayName;
    @FXML private PasswordField serverInitPassword;
    @FXML private PasswordField serverInitPasswordRepeat;
    @FXML private VBox demoCredentials;
    @FXML private Label demoFolder;
    @FXML private GridPane demoAccounts;
    @FXML private Label error;
    @FXML private HBox progressRow;
    @FXML private ProgressBar progress;
    @FXML private Label progressMessage;
    @FXML private Button back;
    @FXML private Button demoContinue;
    @FXML private Button submit;

    public FirstRunView(FirstRunViewModel model, ViewLoader views) {
        this.model = model;
        this.bundle = views.bundle("firstrun");
        this.common = views.bundle("common");
        this.root = views.load("firstrun", "FirstRun", this);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        bindChoices();
        bindForms();
        bindServerInit();
        bindFooter();
        fillDemoCredentials();
        // the failing field gets the focus, so the operator can correct it at once
        model.invalidFieldProperty().addListener((obs, was, id) -> {
            Node field = id == null || id.isEmpty() ? null : root.lookup("#" + id);
            if (field != null) {
                field.requestFocus();
                reveal(field);
            }
        });
    }

    /**
     * Scrolls the form just enough to show the node: a focused field below the fold, or the
     * initialisation section when it appears under a long server form.
     */
    private void reveal(Node node) {
        root.applyCss();
        root.layout(); // a section that has just become visible has no place until laid out
        Node content = formScroll.getContent();
        double scrollable = content.getLayoutBounds().getHeight() - formScroll.getViewportBounds().getHeight();
        if (scrollable <= 0 || !node.isVisible()) {
            return;
        }
        Bounds bounds = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double top = formScroll.getVvalue() * scrollable;
        double height = formScroll.getViewportBounds().getHeight();
        if (bounds.getMinY() < top) {
            formScroll.setVvalue(bounds.getMinY() / scrollable);
        } else if (bounds.getMaxY() > top + height) {
            formScroll.setVvalue(Math.min(1, Math.min(bounds.getMinY(), bounds.getMaxY() - height) / scrollable));
        }
    }

    private void bindChoices() {
        choiceCreate.setUserData(FirstRunViewModel.Choice.CREATE);
        choiceOpen.setUserData(FirstRunViewModel.Choice.OPEN);
        choiceServer.setUserData(FirstRunViewModel.Choice.SERVER);
        choiceDemo.setUserData(FirstRunViewModel.Choice.DEMO);
        selectToggle(model.choiceProperty().get());
        choices.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one choice is always selected
            } else {
                model.choiceProperty().set((FirstRunViewModel.Choice) now.getUserData());
            }
        });
        model.choiceProperty().addListener((obs, was, now) -> selectToggle(now));
        showWhen(formCreate, FirstRunViewModel.Choice.CREATE);
        showWhen(formOpen, FirstRunViewModel.Choice.OPEN);
        showWhen(formServer, FirstRunViewModel.Choice.SERVER);
        showWhen(formDemo, FirstRunViewModel.Choice.DEMO);
        choiceCreate.disableProperty().bind(model.busyProperty());
        choiceOpen.disableProperty().bind(model.busyProperty());
        choiceServer.disableProperty().bind(model.busyProperty());
        choiceDemo.disableProperty().bind(model.busyProperty());
    }

    private void selectToggle(FirstRunViewModel.Choice choice) {
        for (Toggle toggle : choices.getToggles()) {
            if (toggle.getUserData() == choice) {
                toggle.setSelected(true);
            }
        }
    }

    private void showWhen(Node form, FirstRunViewModel.Choice choice) {
        form.visibleProperty().bind(model.choiceProperty().isEqualTo(choice));
        form.managedProperty().bind(form.visibleProperty());
    }

    private void bindForms() {
        CreateWorkspaceForm create = model.create();
        createFolder.textProperty().bindBidirectional(create.folderProperty());
        createPassphrase.textProperty().bindBidirectional(create.passphraseProperty());
        createPassphraseRepeat.textProperty().bindBidirectional(create.passphraseRepeatProperty());
        createUsername.textProperty().bindBidirectional(create.usernameProperty());
        createDisplayName.textProperty().bindBidirectional(create.displayNameProperty());
        createPassword.textProperty().bindBidirectional(create.passwordProperty());
        createPasswordRepeat.textProperty().bindBidirectional(create.passwordRepeatProperty());
        openFolder.textProperty().bindBidirectional(model.openForm().folderProperty());
        openPassphrase.textProperty().bindBidirectional(model.openForm().passphraseProperty());
        ServerForm server = model.server();
        serverHost.textProperty().bindBidirectional(server.hostProperty());
        serverPort.textProperty().bindBidirectional(server.portProperty());
        serverDatabase.textProperty().bindBidirectional(server.databaseProperty());
        serverSchema.textProperty().bindBidirectional(server.schemaProperty());
        serverUser.textProperty().bindBidirectional(server.userProperty());
        serverTls.getItems().setAll(TlsMode.values());
        serverTls.setConverter(new StringConverter<>() {
            @Override
            public String toString(TlsMode mode) {
                return mode == null ? "" : bundle.getString("tls." + mode.name());
            }

            @Override
            public TlsMode fromString(String text) {
                return null; // not editable
            }
        });
        serverTls.valueProperty().bindBidirectional(server.tlsProperty());
        serverCa.textProperty().bindBidirectional(server.caFileProperty());
        serverPassword.textProperty().bindBidirectional(server.passwordProperty());
        serverKeyPassphrase.textProperty().bindBidirectional(server.keyPassphraseProperty());
    }

    private void bindServerInit() {
        ServerInitForm init = model.serverInit();
        serverInit.visibleProperty().bind(init.offeredProperty());
        serverInit.managedProperty().bind(init.offeredProperty());
        init.offeredProperty().addListener((obs, was, offered) -> {
            if (offered) {
                reveal(serverInit);
            }
        });
        serverInitKeyRepeat.textProperty().bindBidirectional(init.keyPassphraseRepeatProperty());
        serverInitUsername.textProperty().bindBidirectional(init.usernameProperty());
        serverInitDisplayName.textProperty().bindBidirectional(init.displayNameProperty());
        serverInitPassword.textProperty().bindBidirectional(init.passwordProperty());
        serverInitPasswordRepeat.textProperty().bindBidirectional(init.passwordRepeatProperty());
    }

    private void bindFooter() {
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        progressRow.visibleProperty().bind(model.busyProperty());
        progressRow.managedProperty().bind(progressRow.visibleProperty());
        progress.progressProperty().bind(model.progressProperty());
        progressMessage.textProperty().bind(model.progressMessageProperty());
        back.setVisible(model.canGoBack());
        back.setManaged(model.canGoBack());
        back.disableProperty().bind(model.busyProperty());
        var demoShown = model.choiceProperty().isEqualTo(FirstRunViewModel.Choice.DEMO).and(model.demoReadyProperty());
        demoCredentials.visibleProperty().bind(demoShown);
        demoCredentials.managedProperty().bind(demoShown);
        demoContinue.visibleProperty().bind(demoShown);
        demoContinue.managedProperty().bind(demoShown);
        demoFolder.textProperty().bind(model.demoFolderProperty());
        submit.disableProperty().bind(model.busyProperty());
        submit.visibleProperty().bind(demoShown.not());
        submit.managedProperty().bind(submit.visibleProperty());
        submit.textProperty().bind(Bindings.createStringBinding(() -> bundle.getString("submit."
                        + model.choiceProperty().get().name() + (model.initialisingProperty().get() ? ".init" : "")),
                model.choiceProperty(), model.initialisingProperty()));
    }

    private void fillDemoCredentials() {
        addRow(0, bundle.getString("demo.passphrase"), model.demoPassphrase(), "", "demo-passphrase");
        addRow(1, bundle.getString("demo.account"), bundle.getString("demo.password"), bundle.getString("demo.roles"), null)
                .forEach(label -> label.getStyleClass().add("credentials-heading"));
        int row = 2;
        for (DemoCredentials.Account account : model.demoAccounts()) {
            String roles = account.roles().stream().map(Role::name).sorted()
                    .map(name -> common.getString("role." + name)).collect(Collectors.joining(", "));
            addRow(row++, account.username(), model.demoPassword(), roles, "demo-account-" + account.username());
        }
    }

    private java.util.List<Label> addRow(int row, String first, String second, String third, String id) {
        Label a = new Label(first);
        Label b = new Label(second);
        Label c = new Label(third);
        a.getStyleClass().add("credential-name");
        if (id != null) {
            b.getStyleClass().add("credential-secret");
            b.setId(id);
        }
        demoAccounts.addRow(row, a, b, c);
        return java.util.List.of(a, b, c);
    }

    // ---------------------------------------------------------------- Handlers

    @FXML private void submit() { model.submit(); }
    @FXML private void back() { model.back(); }
    @FXML private void openCaseFile() { model.openCaseFile(); }
    @FXML private void continueWithDemo() { model.continueWithDemo(); }
    @FXML private void chooseCreateFolder() { model.chooseCreateFolder(); }
    @FXML private void chooseOpenFolder() { model.chooseOpenFolder(); }
    @FXML private void chooseCaFile() { model.chooseCaFile(); }
}
