package com.custodia.ui.requests;

import static com.custodia.ui.requests.RequestsControls.cell;

import com.custodia.service.requests.RequestViews.Candidate;
import com.custodia.service.requests.RequestViews.ClockEventView;
import com.custodia.ui.common.NoticeLabels;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextField;

/**
 * Code-behind of {@code fxml/requests/RequestDetail.fxml}, the Request tab of the chosen request:
 * the checklist, matching, identity and the deadline clock, bound to {@link RequestDetailViewModel}.
 */
final class RequestDetailView {

    private final RequestsViewModel model;
    private final RequestDetailViewModel detail;
    private final RequestsText text;

    @FXML private Label detailTitle;
    @FXML private Label detailGiven;
    @FXML private ListView<RequestDetailViewModel.Step> checklist;
    @FXML private Label detailResponse;
    @FXML private Label matchedLabel;
    @FXML private Button candidatesButton;
    @FXML private Button matchButton;
    @FXML private ListView<Candidate> candidateList;
    @FXML private Label matchNotice;
    @FXML private Label identityLabel;
    @FXML private Label confirmationLabel;
    @FXML private TextField verifyMethod;
    @FXML private Button evidenceButton;
    @FXML private Label evidenceLabel;
    @FXML private Button verifyButton;
    @FXML private Button confirmButton;
    @FXML private TextField awaitReason;
    @FXML private Button awaitButton;
    @FXML private Label identityNotice;
    @FXML private Label deadlineLabel;
    @FXML private ListView<ClockEventView> clockList;
    @FXML private Label extensionLabel;
    @FXML private ComboBox<Integer> extendUnits;
    @FXML private TextField extendToldAt;
    @FXML private TextField extendReason;
    @FXML private Button extendButton;
    @FXML private Label deadlineNotice;

    RequestDetailView(RequestsViewModel model) {
        this.model = model;
        this.detail = model.detail();
        this.text = model.text();
    }

    @FXML
    private void initialize() {
        detailTitle.textProperty().bind(detail.titleProperty());
        detailGiven.textProperty().bind(detail.givenProperty());
        detailResponse.textProperty().bind(detail.responseProperty());
        checklist.setItems(detail.checklist());
        checklist.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(RequestDetailViewModel.Step step, boolean empty) {
                super.updateItem(step, empty);
                getStyleClass().removeAll("step-done");
                setText(empty || step == null ? null : (step.done() ? "\u2713 " : "\u25cb ") + step.label());
                if (!empty && step != null && step.done()) {
                    getStyleClass().add("step-done");
                }
            }
        });
        matchedLabel.textProperty().bind(detail.matchedProperty());
        candidateList.setItems(detail.candidates());
        candidateList.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        candidateList.setCellFactory(list -> cell(c -> text.format("match.candidate", c.personId(), c.name(),
                c.email() == null ? "" : c.email(), c.company() == null ? "" : c.company(), c.matchedOn())));
        NoticeLabels.showWhen(candidateList, Bindings.isNotEmpty(detail.candidates()));
        matchButton.disableProperty().bind(Bindings.isEmpty(candidateList.getSelectionModel().getSelectedItems()));
        NoticeLabels.bind(matchNotice, detail.matchNotice(), true);

        identityLabel.textProperty().bind(detail.identityProperty());
        confirmationLabel.textProperty().bind(detail.confirmationProperty());
        verifyMethod.textProperty().bindBidirectional(detail.verifyMethodProperty());
        evidenceLabel.textProperty().bind(Bindings.createStringBinding(() -> detail.evidenceProperty().get() == null
                ? text.get("verify.noFile") : text.format("verify.file", detail.evidenceProperty().get()
                .getFileName()), detail.evidenceProperty()));
        confirmButton.disableProperty().bind(detail.mayConfirmProperty().not());
        awaitReason.textProperty().bindBidirectional(detail.awaitReasonProperty());
        NoticeLabels.bind(identityNotice, detail.identityNotice(), true);

        deadlineLabel.textProperty().bind(detail.deadlineProperty());
        clockList.setItems(detail.clockEvents());
        clockList.setCellFactory(list -> cell(detail::clockText));
        extensionLabel.textProperty().bind(detail.extensionProperty());
        extendUnits.getItems().setAll(List.of(1, 2, 15, 30, 45));
        extendUnits.valueProperty().bindBidirectional(detail.extendUnitsProperty());
        extendToldAt.textProperty().bindBidirectional(detail.extendToldAtProperty());
        extendReason.textProperty().bindBidirectional(detail.extendReasonProperty());
        NoticeLabels.bind(deadlineNotice, detail.deadlineNotice(), true);
        for (Button b : List.of(candidatesButton, verifyButton, awaitButton, extendButton)) {
            b.setDisable(!model.mayManage());
        }
    }

    // ---------------------------------------------------------------- Handlers

    @FXML private void onCandidates() { detail.findCandidates(); }
    @FXML private void onMatch() {
        detail.match(candidateList.getSelectionModel().getSelectedItems().stream().map(Candidate::personId).toList());
    }
    @FXML private void onEvidence() { detail.chooseEvidence(); }
    @FXML private void onVerify() { detail.verify(); }
    @FXML private void onConfirm() { detail.confirm(); }
    @FXML private void onAwait() { detail.awaitIdentity(); }
    @FXML private void onExtend() { detail.extend(); }
}
