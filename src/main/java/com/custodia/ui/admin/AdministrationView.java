package com.custodia.ui.admin;

import com.custodia.ui.common.NoticeLabels;

import com.custodia.ui.common.Notice;

import atlantafx.base.theme.Styles;
import com.custodia.domain.Role;
import com.custodia.service.operators.OperatorView;
import com.custodia.service.security.SecurityEventView;
import com.custodia.ui.common.ScreenView;
import com.custodia.ui.common.ViewLoader;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Pane;

/**
 * Code-behind of {@code fxml/admin/Administration.fxml}: binds the controls to
 * {@link AdministrationViewModel} and forwards each action to it in one line.
 */
public final class AdministrationView implements ScreenView {

    private final AdministrationViewModel model;
    private final BackupViewModel backup;
    private final AdminText text;
    private final Parent root;

    @FXML private TabPane tabs;
    @FXML private Tab operatorsTab;
    @FXML private Tab eventsTab;
    @FXML private Tab backupTab;

    @FXML private TableView<OperatorView> operatorsTable;
    @FXML private TableColumn<OperatorView, String> usernameColumn;
    @FXML private TableColumn<OperatorView, String> displayNameColumn;
    @FXML private TableColumn<OperatorView, String> rolesColumn;
    @FXML private TableColumn<OperatorView, String> activeColumn;
    @FXML private TableColumn<OperatorView, String> mustChangeColumn;
    @FXML private TableColumn<OperatorView, String> lockedColumn;
    @FXML private TableColumn<OperatorView, String> lastSignInColumn;
    @FXML private Button createButton;
    @FXML private Button rolesButton;
    @FXML private Button passwordButton;
    @FXML private Button disableButton;
    @FXML private Button enableButton;
    @FXML private Button refreshOperatorsButton;
    @FXML private Label operatorsNotice;

    @FXML private Node formPanel;
    @FXML private Label formTitle;
    @FXML private TextField formUsername;
    @FXML private TextField formDisplayName;
    @FXML private Node formRolesSection;
    @FXML private Pane formRoles;
    @FXML private Node formPasswordSection;
    @FXML private Label formPasswordHint;
    @FXML private PasswordField formPassword;
    @FXML private PasswordField formPasswordRepeat;
    @FXML private Label formNotice;
    @FXML private Button formSave;

    @FXML private TextField eventsFilter;
    @FXML private Label eventsSummary;
    @FXML private Label eventsNotice;
    @FXML private Button refreshEventsButton;
    @FXML private TableView<SecurityEventView> eventsTable;
    @FXML private TableColumn<SecurityEventView, String> eventTimeColumn;
    @FXML private TableColumn<SecurityEventView, String> eventOperatorColumn;
    @FXML private TableColumn<SecurityEventView, String> eventWorkstationColumn;
    @FXML private TableColumn<SecurityEventView, String> eventKindColumn;
    @FXML private TableColumn<SecurityEventView, String> eventDetailColumn;

    @FXML private Button backupButton;
    @FXML private Node backupBar;
    @FXML private ProgressBar backupProgress;
    @FXML private Label backupMessage;
    @FXML private Button cancelBackupButton;
    @FXML private Label backupNotice;

    public AdministrationView(AdministrationViewModel model, BackupViewModel backup, ViewLoader views) {
        this.model = model;
        this.backup = backup;
        this.text = model.text();
        this.root = views.load(AdministrationScreen.FEATURE, "Administration", this);
    }

    @FXML
    private void initialize() {
        bindOperators();
        bindForm();
        bindEvents();
        bindBackup();
        if (!model.mayManageOperators()) {
            // open on a tab the operator can use rather than on a disabled one
            tabs.getSelectionModel().select(model.mayViewSecurityEvents() ? eventsTab : backupTab);
        }
    }

    // ---------------------------------------------------------------- Bindings

    private void bindOperators() {
        operatorsTab.setDisable(!model.mayManageOperators());
        operatorsTable.setItems(model.operators());
        cell(usernameColumn, OperatorView::username);
        cell(displayNameColumn, OperatorView::displayName);
        cell(rolesColumn, op -> text.roles(op.roles()));
        cell(activeColumn, op -> text.yesNo(op.active()));
        cell(mustChangeColumn, op -> text.yesNo(op.mustChangePassword()));
        cell(lockedColumn, op -> text.yesNo(op.locked()));
        cell(lastSignInColumn, op -> text.time(op.lastLoginAt()));
        operatorsTable.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> model.select(now));
        // the model re-selects an account after a reload; mirror that in the table
        model.selectedProperty().addListener((o, old, now) -> {
            if (operatorsTable.getSelectionModel().getSelectedItem() != now) {
                operatorsTable.getSelectionModel().select(now);
            }
        });
        createButton.disableProperty().bind(model.busyProperty());
        rolesButton.disableProperty().bind(model.canChangeSelectedProperty().not());
        passwordButton.disableProperty().bind(model.canChangeSelectedProperty().not());
        disableButton.disableProperty().bind(model.canDisableSelectedProperty().not());
        enableButton.disableProperty().bind(model.canEnableSelectedProperty().not());
        refreshOperatorsButton.disableProperty().bind(model.busyProperty());
        NoticeLabels.bind(operatorsNotice, model.notice(), false);
    }

    private void bindForm() {
        OperatorForm form = model.form();
        NoticeLabels.showWhen(formPanel, form.openProperty());
        NoticeLabels.showWhen(formRolesSection, form.showsRolesProperty());
        NoticeLabels.showWhen(formPasswordSection, form.showsPasswordProperty());
        formTitle.textProperty().bind(form.titleProperty());
        formPasswordHint.textProperty().bind(form.modeProperty().map(mode ->
                text.get(mode == OperatorForm.Mode.PASSWORD ? "form.password.hintReset" : "form.password.hintCreate")));
        formUsername.textProperty().bindBidirectional(form.usernameProperty());
        formDisplayName.textProperty().bindBidirectional(form.displayNameProperty());
        formUsername.editableProperty().bind(form.identityEditableProperty());
        formDisplayName.editableProperty().bind(form.identityEditableProperty());
        formPassword.textProperty().bindBidirectional(form.passwordProperty());
        formPasswordRepeat.textProperty().bindBidirectional(form.passwordRepeatProperty());
        for (Role role : Role.values()) {
            CheckBox box = new CheckBox(text.role(role));
            box.setId("role-" + role.name());
            box.selectedProperty().bindBidirectional(form.roleProperty(role));
            formRoles.getChildren().add(box);
        }
        formSave.disableProperty().bind(model.busyProperty());
        NoticeLabels.bind(formNotice, form.notice(), false);
    }

    private void bindEvents() {
        SecurityEventsViewModel events = model.events();
        eventsTab.setDisable(!model.mayViewSecurityEvents());
        eventsTable.setItems(events.shownEvents());
        cell(eventTimeColumn, events::time);
        cell(eventOperatorColumn, SecurityEventView::operator);
        cell(eventWorkstationColumn, SecurityEventView::workstation);
        cell(eventKindColumn, events::kind);
        cell(eventDetailColumn, SecurityEventView::detail);
        eventsFilter.textProperty().bindBidirectional(events.filterProperty());
        eventsSummary.textProperty().bind(events.summaryProperty());
        refreshEventsButton.disableProperty().bind(events.loadingProperty());
        NoticeLabels.bind(eventsNotice, events.notice(), false);
    }

    private void bindBackup() {
        backupTab.setDisable(!backup.mayBackUp());
        if (backup.available()) {
            backupButton.disableProperty().bind(backup.task().runningProperty());
        } else {
            backupButton.setDisable(true);
        }
        NoticeLabels.showWhen(backupBar, backup.task().runningProperty());
        backupProgress.progressProperty().bind(backup.task().progressProperty());
        backupMessage.textProperty().bind(backup.task().messageProperty());
        cancelBackupButton.disableProperty().bind(backup.task().runningProperty().not());
        NoticeLabels.bind(backupNotice, backup.notice(), false);
    }

    private static <S> void cell(TableColumn<S, String> column, Function<S, String> value) {
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(value.apply(row.getValue())));
    }



    // ---------------------------------------------------------------- Handlers

    @FXML private void onCreate() { model.startCreate(); }
    @FXML private void onChangeRoles() { model.startChangeRoles(); }
    @FXML private void onResetPassword() { model.startResetPassword(); }
    @FXML private void onDisable() { model.disableSelected(); }
    @FXML private void onEnable() { model.enableSelected(); }
    @FXML private void onRefreshOperators() { model.refreshOperators(); }
    @FXML private void onSave() { model.submitForm(); }
    @FXML private void onCancel() { model.cancelForm(); }
    @FXML private void onRefreshEvents() { model.events().refresh(); }
    @FXML private void onBackUp() { backup.backUp(); }
    @FXML private void onCancelBackup() { backup.cancel(); }

    // ---------------------------------------------------------------- ScreenView

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void dispose() {
        backup.dispose();
        model.dispose();
    }
}
