package com.custodia.ui.casefile;

import com.custodia.ui.common.ViewLoader;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** Code-behind of the read-only case file view: binds the view model, nothing else. */
public final class CaseFileView {

    private static final String[] STATE_CLASSES = {"seal-none", "seal-sealed", "seal-unknown", "seal-broken"};

    private final CaseFileViewModel model;
    private final Parent root;

    @FXML private Button openButton;
    @FXML private Label sealBadge;
    @FXML private javafx.scene.control.PasswordField passphrase;
    @FXML private Label caseTitle;
    @FXML private TableView<CaseFileViewModel.LedgerRow> entries;
    @FXML private TableColumn<CaseFileViewModel.LedgerRow, Object> seqColumn;
    @FXML private TableColumn<CaseFileViewModel.LedgerRow, Object> timeColumn;
    @FXML private TableColumn<CaseFileViewModel.LedgerRow, Object> recipientColumn;
    @FXML private TableColumn<CaseFileViewModel.LedgerRow, Object> basisColumn;
    @FXML private TableColumn<CaseFileViewModel.LedgerRow, Object> purposeColumn;
    @FXML private TableColumn<CaseFileViewModel.LedgerRow, Object> proofColumn;
    @FXML private TextArea caseText;
    @FXML private Label report;
    @FXML private javafx.scene.layout.VBox reviewBox;
    @FXML private javafx.scene.control.ComboBox<String> reviewItem;
    @FXML private javafx.scene.control.ComboBox<com.custodia.casefile.ReviewNotes.Decision> reviewDecision;
    @FXML private javafx.scene.control.TextField reviewNote;
    @FXML private javafx.scene.control.TextField reviewer;
    @FXML private Button saveNote;
    @FXML private javafx.scene.control.ListView<com.custodia.casefile.ReviewNotes.Note> notes;

    public CaseFileView(CaseFileViewModel model, ViewLoader views) {
        this.model = model;
        this.root = views.load("casefile", "CaseFile", this);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        sealBadge.textProperty().bind(model.sealProperty());
        passphrase.textProperty().bindBidirectional(model.passphraseProperty());
        model.stateProperty().addListener((o, was, now) -> badge(now));
        badge(model.stateProperty().get());
        caseTitle.textProperty().bind(model.titleProperty());
        caseText.textProperty().bind(model.caseTextProperty());
        report.textProperty().bind(model.reportProperty());
        openButton.disableProperty().bind(model.busyProperty());
        entries.setItems(model.entries());
        seqColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().seq()));
        timeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().time()));
        recipientColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().recipient()));
        basisColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().basis()));
        purposeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().purpose()));
        proofColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().proof()));
        entries.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> model.stateProperty().get() != CaseFileViewModel.SealState.BROKEN, model.stateProperty()));
        reviewBox.visibleProperty().bind(model.reviewableProperty());
        reviewBox.managedProperty().bind(model.reviewableProperty());
        reviewItem.setItems(model.items());
        reviewItem.valueProperty().bindBidirectional(model.itemProperty());
        reviewDecision.getItems().setAll(com.custodia.casefile.ReviewNotes.Decision.values());
        reviewDecision.valueProperty().bindBidirectional(model.decisionProperty());
        reviewNote.textProperty().bindBidirectional(model.noteTextProperty());
        reviewer.textProperty().bindBidirectional(model.reviewerProperty());
        saveNote.disableProperty().bind(model.busyProperty());
        notes.setItems(model.notes());
        notes.setCellFactory(list -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(com.custodia.casefile.ReviewNotes.Note note, boolean empty) {
                super.updateItem(note, empty);
                setText(empty || note == null ? null : note.item() + " — " + note.decision() + " — "
                        + note.note() + " (" + note.reviewer() + ", " + note.time() + ")");
            }
        });
    }

    private void badge(CaseFileViewModel.SealState state) {
        sealBadge.getStyleClass().removeAll(STATE_CLASSES);
        sealBadge.getStyleClass().add(STATE_CLASSES[state.ordinal()]);
    }

    @FXML private void open() { model.chooseAndOpen(); }
    @FXML private void saveNote() { model.saveNote(); }
}
