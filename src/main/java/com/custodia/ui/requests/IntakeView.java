package com.custodia.ui.requests;

import static com.custodia.ui.requests.RequestsControls.always;
import static com.custodia.ui.requests.RequestsControls.converter;

import com.custodia.domain.Jurisdiction;
import com.custodia.domain.RequestChannel;
import com.custodia.domain.RequestKind;
import com.custodia.ui.common.NoticeLabels;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/** Code-behind of {@code fxml/requests/Intake.fxml}: the "New request" panel, bound to {@link RequestsViewModel}. */
final class IntakeView {

    private final RequestsViewModel model;
    private final RequestsText text;

    @FXML private Node intakePanel;
    @FXML private ComboBox<RequestKind> intakeKind;
    @FXML private ComboBox<RequestChannel> intakeChannel;
    @FXML private TextField intakeReceived;
    @FXML private ComboBox<Jurisdiction> intakeJurisdiction;
    @FXML private TextField intakeName;
    @FXML private TextField intakeEmail;
    @FXML private TextField intakePhone;
    @FXML private TextField intakeCustomer;
    @FXML private TextField intakeLicense;
    @FXML private TextField intakeAddress;
    @FXML private Label intakeNotice;
    @FXML private Button intakeSave;
    @FXML private Button intakeCancel;

    IntakeView(RequestsViewModel model) {
        this.model = model;
        this.text = model.text();
    }

    @FXML
    private void initialize() {
        NoticeLabels.showWhen(intakePanel, model.intakeOpenProperty());
        intakeKind.getItems().setAll(RequestKind.values());
        intakeKind.setConverter(converter(k -> text.of("kind", k)));
        intakeKind.valueProperty().bindBidirectional(model.intakeKindProperty());
        intakeChannel.getItems().setAll(RequestChannel.values());
        intakeChannel.setConverter(converter(c -> text.of("channel", c)));
        intakeChannel.valueProperty().bindBidirectional(model.intakeChannelProperty());
        intakeJurisdiction.getItems().setAll(Jurisdiction.values());
        intakeJurisdiction.setConverter(converter(j -> text.of("jurisdiction", j)));
        intakeJurisdiction.valueProperty().bindBidirectional(model.intakeJurisdictionProperty());
        intakeReceived.textProperty().bindBidirectional(model.intakeReceivedProperty());
        intakeName.textProperty().bindBidirectional(model.intakeNameProperty());
        intakeEmail.textProperty().bindBidirectional(model.intakeEmailProperty());
        intakePhone.textProperty().bindBidirectional(model.intakePhoneProperty());
        intakeCustomer.textProperty().bindBidirectional(model.intakeCustomerProperty());
        intakeLicense.textProperty().bindBidirectional(model.intakeLicenseProperty());
        intakeAddress.textProperty().bindBidirectional(model.intakeAddressProperty());
        NoticeLabels.bind(intakeNotice, model.intakeNotice(), true);
        intakeSave.disableProperty().bind(model.busyProperty());
        NoticeLabels.showWhen(intakeCancel, always(model.mayManage()));
    }

    @FXML private void onIntake() { model.submitIntake(); }
    @FXML private void onCancelIntake() { model.cancelIntake(); }
}
