package com.custodia.ui.partners;

import static com.custodia.ui.partners.PartnersControls.cell;

import com.custodia.service.partners.PartnerView;
import com.custodia.ui.common.NoticeLabels;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/** Code-behind of {@code fxml/partners/Lookup.fxml}, the Lookup tab, bound to {@link LookupViewModel}. */
final class LookupView {

    private final PartnersViewModel model;
    private final PartnerChoices partners;

    @FXML private ComboBox<PartnerView> lookupPartner;
    @FXML private TextField lookupKey;
    @FXML private Button lookupButton;
    @FXML private Label lookupResult;
    @FXML private Label lookupNote;
    @FXML private TableView<LookupViewModel.Row> lookupTable;
    @FXML private TableColumn<LookupViewModel.Row, String> lookupFieldColumn;
    @FXML private TableColumn<LookupViewModel.Row, String> lookupValueColumn;

    LookupView(PartnersViewModel model, PartnerChoices partners) {
        this.model = model;
        this.partners = partners;
    }

    @FXML
    private void initialize() {
        LookupViewModel l = model.lookup();
        partners.add(lookupPartner, "", l.partnerProperty());
        lookupKey.textProperty().bindBidirectional(l.keyProperty());
        lookupButton.disableProperty().bind(model.busyProperty());
        NoticeLabels.bind(lookupResult, l.result(), true);
        NoticeLabels.bind(lookupNote, l.note(), false);
        lookupTable.setItems(l.rows());
        cell(lookupFieldColumn, LookupViewModel.Row::field);
        cell(lookupValueColumn, LookupViewModel.Row::value);
        NoticeLabels.showWhen(lookupTable, Bindings.isNotEmpty(l.rows()));
    }

    @FXML private void onLookup() { model.lookup().lookUp(); }
}
