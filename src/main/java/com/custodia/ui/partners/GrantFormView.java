package com.custodia.ui.partners;

import static com.custodia.ui.partners.PartnersControls.choices;

import com.custodia.domain.GrantPurpose;
import com.custodia.domain.GrantScope;
import com.custodia.service.partners.PartnerView;
import com.custodia.ui.common.NoticeLabels;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.Pane;

/** Code-behind of {@code fxml/partners/GrantForm.fxml}: the grant panel, bound to {@link GrantForm}. */
final class GrantFormView {

    private final PartnersViewModel model;
    private final PartnerChoices partners;

    @FXML private Node grantFormPanel;
    @FXML private ComboBox<PartnerView> grantFormPartner;
    @FXML private ComboBox<GrantScope> grantFormScope;
    @FXML private Label grantFormPersonsLabel;
    @FXML private TextField grantFormPersons;
    @FXML private Label grantFormProductsLabel;
    @FXML private TextField grantFormProducts;
    @FXML private Pane grantFormFields;
    @FXML private ComboBox<GrantPurpose> grantFormPurpose;
    @FXML private DatePicker grantFormFrom;
    @FXML private DatePicker grantFormUntil;
    @FXML private TextField grantFormReason;
    @FXML private Label grantFormNotice;
    @FXML private Button grantFormSave;

    GrantFormView(PartnersViewModel model, PartnerChoices partners) {
        this.model = model;
        this.partners = partners;
    }

    @FXML
    private void initialize() {
        GrantForm form = model.grants().grantForm();
        PartnersText text = model.text();
        NoticeLabels.showWhen(grantFormPanel, form.openProperty());
        partners.add(grantFormPartner, "", form.partnerProperty());
        choices(grantFormScope, GrantScope.values(), text::scopeKind);
        grantFormScope.valueProperty().bindBidirectional(form.scopeProperty());
        var customers = form.scopeProperty().isEqualTo(GrantScope.CUSTOMERS);
        var products = form.scopeProperty().isEqualTo(GrantScope.PRODUCTS);
        NoticeLabels.showWhen(grantFormPersonsLabel, customers);
        NoticeLabels.showWhen(grantFormPersons, customers);
        NoticeLabels.showWhen(grantFormProductsLabel, products);
        NoticeLabels.showWhen(grantFormProducts, products);
        grantFormPersons.textProperty().bindBidirectional(form.personsProperty());
        grantFormProducts.textProperty().bindBidirectional(form.productsProperty());
        form.fields().forEach((field, ticked) -> {
            CheckBox box = new CheckBox(text.named("field", field));
            box.setId("field-" + field.name());
            box.selectedProperty().bindBidirectional(ticked);
            grantFormFields.getChildren().add(box);
        });
        choices(grantFormPurpose, GrantPurpose.values(), p -> text.named("purpose", p));
        grantFormPurpose.valueProperty().bindBidirectional(form.purposeProperty());
        grantFormFrom.valueProperty().bindBidirectional(form.validFromProperty());
        grantFormUntil.valueProperty().bindBidirectional(form.validUntilProperty());
        grantFormReason.textProperty().bindBidirectional(form.reasonProperty());
        NoticeLabels.bind(grantFormNotice, form.notice(), false);
        grantFormSave.disableProperty().bind(model.busyProperty());
    }

    @FXML private void onSaveGrant() { model.grants().submitGrant(); }
    @FXML private void onCancelGrantPanels() { model.grants().cancelPanels(); }
}
