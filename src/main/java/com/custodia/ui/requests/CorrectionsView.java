package com.custodia.ui.requests;

import static com.custodia.ui.requests.RequestsControls.column;
import static com.custodia.ui.requests.RequestsControls.converter;

import com.custodia.domain.NoticeStatus;
import com.custodia.domain.PersonField;
import com.custodia.service.requests.RequestViews.ItemView;
import com.custodia.service.requests.RequestViews.NoticeView;
import com.custodia.ui.common.NoticeLabels;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/**
 * Code-behind of {@code fxml/requests/Corrections.fxml}, the Corrections tab of the chosen
 * request: the items and the notification tasks, bound to {@link CorrectionsViewModel}.
 */
final class CorrectionsView {

    private final CorrectionsViewModel corrections;
    private final RequestsText text;

    @FXML private TableView<ItemView> itemTable;
    @FXML private TableColumn<ItemView, String> itemFieldColumn;
    @FXML private TableColumn<ItemView, String> itemOldColumn;
    @FXML private TableColumn<ItemView, String> itemRequestedColumn;
    @FXML private TableColumn<ItemView, String> itemEvidenceColumn;
    @FXML private TableColumn<ItemView, String> itemStateColumn;
    @FXML private TextField decisionReason;
    @FXML private Button approveButton;
    @FXML private Button denyButton;
    @FXML private Button applyButton;
    @FXML private ComboBox<PersonField> itemField;
    @FXML private TextField itemRequested;
    @FXML private TextField itemEvidence;
    @FXML private Button addItemButton;
    @FXML private Label correctionNotice;
    @FXML private TableView<NoticeView> noticeTable;
    @FXML private TableColumn<NoticeView, String> noticeRecipientColumn;
    @FXML private TableColumn<NoticeView, String> noticeStateColumn;
    @FXML private ComboBox<NoticeStatus> noticeOutcome;
    @FXML private TextField noticeNote;
    @FXML private Button resolveButton;
    @FXML private Button tellPersonButton;
    @FXML private Label noticesNotice;

    CorrectionsView(RequestsViewModel model) {
        this.corrections = model.detail().corrections();
        this.text = model.text();
    }

    @FXML
    private void initialize() {
        itemTable.setItems(corrections.items());
        column(itemFieldColumn, i -> corrections.fieldText(i.field()));
        column(itemOldColumn, i -> i.oldValue() == null ? "" : i.oldValue());
        column(itemRequestedColumn, i -> i.requestedValue() == null ? "" : i.requestedValue());
        column(itemEvidenceColumn, i -> i.evidence() == null ? "" : i.evidence());
        column(itemStateColumn, corrections::itemState);
        var noItem = itemTable.getSelectionModel().selectedItemProperty().isNull();
        approveButton.disableProperty().bind(noItem);
        denyButton.disableProperty().bind(noItem);
        applyButton.disableProperty().bind(noItem);
        decisionReason.textProperty().bindBidirectional(corrections.decisionReasonProperty());
        itemField.getItems().setAll(PersonField.values());
        itemField.setConverter(converter(corrections::fieldText));
        itemField.valueProperty().bindBidirectional(corrections.itemFieldProperty());
        itemRequested.textProperty().bindBidirectional(corrections.itemRequestedProperty());
        itemEvidence.textProperty().bindBidirectional(corrections.itemEvidenceProperty());
        NoticeLabels.bind(correctionNotice, corrections.correctionNotice(), true);
        noticeTable.setItems(corrections.notices());
        column(noticeRecipientColumn, corrections::noticeRecipient);
        column(noticeStateColumn, corrections::noticeState);
        resolveButton.disableProperty().bind(noticeTable.getSelectionModel().selectedItemProperty().isNull());
        noticeOutcome.getItems().setAll(NoticeStatus.TOLD, NoticeStatus.IMPOSSIBLE, NoticeStatus.DISPROPORTIONATE);
        noticeOutcome.setConverter(converter(s -> text.of("notice", s)));
        noticeOutcome.valueProperty().bindBidirectional(corrections.noticeOutcomeProperty());
        noticeNote.textProperty().bindBidirectional(corrections.noticeNoteProperty());
        NoticeLabels.bind(noticesNotice, corrections.noticesNotice(), true);
    }

    // ---------------------------------------------------------------- Handlers

    @FXML private void onApprove() { corrections.approve(itemTable.getSelectionModel().getSelectedItem()); }
    @FXML private void onDeny() { corrections.deny(itemTable.getSelectionModel().getSelectedItem()); }
    @FXML private void onApply() { corrections.apply(itemTable.getSelectionModel().getSelectedItem()); }
    @FXML private void onAddItem() { corrections.addItem(); }
    @FXML private void onResolve() { corrections.resolve(noticeTable.getSelectionModel().getSelectedItem()); }
    @FXML private void onTellPerson() { corrections.tellPerson(); }
}
