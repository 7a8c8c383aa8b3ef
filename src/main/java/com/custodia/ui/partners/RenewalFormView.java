package com.custodia.ui.partners;

import com.custodia.ui.common.NoticeLabels;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

/** Code-behind of {@code fxml/partners/RenewalForm.fxml}: the renewal panel, bound to {@link RenewalForm}. */
final class RenewalFormView {

    private final PartnersViewModel model;

    @FXML private Node renewalPanel;
    @FXML private Label renewalTitle;
    @FXML private DatePicker renewalUntil;
    @FXML private TextField renewalVersion;
    @FXML private TextField renewalReference;
    @FXML private TextArea renewalReason;
    @FXML private Label renewalNotice;
    @FXML private Button renewalSave;

    RenewalFormView(PartnersViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        RenewalForm renewal = model.renewal();
        NoticeLabels.showWhen(renewalPanel, renewal.openProperty());
        renewalTitle.textProperty().bind(renewal.titleProperty());
        renewalUntil.valueProperty().bindBidirectional(renewal.untilProperty());
        renewalVersion.textProperty().bindBidirectional(renewal.agreementVersionProperty());
        renewalReference.textProperty().bindBidirectional(renewal.agreementReferenceProperty());
        renewalReason.textProperty().bindBidirectional(renewal.reasonProperty());
        NoticeLabels.bind(renewalNotice, renewal.notice(), false);
        renewalSave.disableProperty().bind(model.busyProperty());
    }

    @FXML private void onSaveRenewal() { model.submitRenewal(); }
    @FXML private void onCancelPartnerPanels() { model.cancelPanels(); }
}
