package com.custodia.ui.partners;

import static com.custodia.ui.partners.PartnersControls.choices;

import com.custodia.domain.PartnerRegistrationStatus;
import com.custodia.domain.PartnerTier;
import com.custodia.ui.common.NoticeLabels;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

/** Code-behind of {@code fxml/partners/PartnerForm.fxml}: the new/edit partner panel, bound to {@link PartnerForm}. */
final class PartnerFormView {

    private final PartnersViewModel model;

    @FXML private Node partnerFormPanel;
    @FXML private Label formTitle;
    @FXML private TextField formName;
    @FXML private TextField formReference;
    @FXML private TextField formVersion;
    @FXML private ComboBox<PartnerRegistrationStatus> formStatus;
    @FXML private DatePicker formFrom;
    @FXML private DatePicker formUntil;
    @FXML private ComboBox<PartnerTier> formTier;
    @FXML private TextArea formContacts;
    @FXML private Label formNotice;
    @FXML private Button formSave;

    PartnerFormView(PartnersViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        PartnerForm form = model.form();
        PartnersText text = model.text();
        NoticeLabels.showWhen(partnerFormPanel, form.openProperty());
        formTitle.textProperty().bind(form.titleProperty());
        formName.textProperty().bindBidirectional(form.nameProperty());
        formReference.textProperty().bindBidirectional(form.agreementReferenceProperty());
        formVersion.textProperty().bindBidirectional(form.agreementVersionProperty());
        choices(formStatus, PartnerRegistrationStatus.values(), s -> text.named("status", s));
        formStatus.valueProperty().bindBidirectional(form.statusProperty());
        formFrom.valueProperty().bindBidirectional(form.registeredFromProperty());
        formUntil.valueProperty().bindBidirectional(form.registeredUntilProperty());
        choices(formTier, PartnerTier.values(), t -> text.named("tier", t));
        formTier.valueProperty().bindBidirectional(form.tierProperty());
        formContacts.textProperty().bindBidirectional(form.contactsProperty());
        NoticeLabels.bind(formNotice, form.notice(), false);
        formSave.disableProperty().bind(model.busyProperty());
    }

    @FXML private void onSavePartner() { model.submitForm(); }
    @FXML private void onCancelPartnerPanels() { model.cancelPanels(); }
}
