package com.custodia.ui.partners;

import com.custodia.service.partners.PartnerView;
import com.custodia.ui.common.ScreenView;
import com.custodia.ui.common.ViewLoader;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

/**
 * Code-behind of {@code fxml/partners/Partners.fxml}: the screen's header and its four tabs, each
 * a view of its own bound to {@link PartnersViewModel} or one of its parts. The partner choices of
 * the tabs follow the registry's list.
 */
public final class PartnersView implements ScreenView {

    private final PartnersViewModel model;
    private final PartnerChoices partnerChoices;
    private final Parent root;

    @FXML private Label agreementLabel;
    @FXML private Button refreshButton;

    public PartnersView(PartnersViewModel model, ViewLoader views) {
        this.model = model;
        this.partnerChoices = new PartnerChoices(model.partners());
        this.root = views.load(PartnersScreen.FEATURE, "Partners", this,
                new RegistryView(model), new PartnerFormView(model), new RenewalFormView(model),
                new GrantsView(model, partnerChoices), new GrantDetailView(model),
                new GrantFormView(model, partnerChoices), new GrantActionFormView(model),
                new LookupView(model, partnerChoices), new HistoryView(model.history(), partnerChoices));
    }

    @FXML
    private void initialize() {
        agreementLabel.textProperty().bind(model.agreementProperty());
        refreshButton.disableProperty().bind(model.busyProperty());
        model.partners().addListener((ListChangeListener<PartnerView>) c -> partnerChoices.offer());
        partnerChoices.offer();
    }

    @FXML private void onRefresh() { model.refresh(); }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void dispose() {
        model.dispose();
    }
}
