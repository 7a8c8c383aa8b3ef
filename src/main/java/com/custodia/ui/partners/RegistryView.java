package com.custodia.ui.partners;

import static com.custodia.ui.partners.PartnersControls.cell;
import static com.custodia.ui.partners.PartnersControls.follow;
import static com.custodia.ui.partners.PartnersControls.markRows;

import com.custodia.service.partners.PartnerView;
import com.custodia.ui.common.NoticeLabels;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Code-behind of {@code fxml/partners/Registry.fxml}, the Partners tab: the registry table and the
 * chosen partner, bound to {@link PartnersViewModel}; the new/edit and renewal panels, which take
 * the detail's place while open, have views of their own.
 */
final class RegistryView {

    private final PartnersViewModel model;

    @FXML private Button newPartnerButton;
    @FXML private Button editPartnerButton;
    @FXML private Button renewPartnerButton;
    @FXML private Label partnersNotice;
    @FXML private TableView<PartnerView> partnersTable;
    @FXML private TableColumn<PartnerView, String> nameColumn;
    @FXML private TableColumn<PartnerView, String> tierColumn;
    @FXML private TableColumn<PartnerView, String> agreementColumn;
    @FXML private TableColumn<PartnerView, String> untilColumn;
    @FXML private TableColumn<PartnerView, String> stateColumn;
    @FXML private Node partnerDetailScroll;
    @FXML private Label partnerNone;
    @FXML private Node partnerDetail;
    @FXML private Label partnerTitle;
    @FXML private Label partnerStanding;
    @FXML private Label partnerAgreement;
    @FXML private Label partnerRegistration;
    @FXML private Label partnerTier;
    @FXML private Label partnerContacts;

    RegistryView(PartnersViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        bindPartners();
        bindPartnerPanels();
    }

    private void bindPartners() {
        boolean manage = model.mayManage();
        newPartnerButton.setDisable(!manage);
        editPartnerButton.disableProperty().bind(model.selectedProperty().isNull().or(model.busyProperty()));
        renewPartnerButton.disableProperty().bind(model.selectedProperty().isNull().or(model.busyProperty()));
        NoticeLabels.bind(partnersNotice, model.notice(), false);
        partnersTable.setItems(model.partners());
        cell(nameColumn, PartnerView::name);
        cell(tierColumn, model::tierText);
        cell(agreementColumn, model::agreementText);
        cell(untilColumn, model::untilText);
        cell(stateColumn, model::standingText);
        // the whole sentence as a tooltip, for a Standing cell cut short
        markRows(partnersTable, PartnerView::standing, p -> model.highlighted(p) ? "partner-expiring"
                : model.blocked(p) ? "partner-blocked" : null, "partner-expiring", "partner-blocked");
        follow(partnersTable, model.selectedProperty(), model::select);
        NoticeLabels.showWhen(partnerNone, model.selectedProperty().isNull());
        NoticeLabels.showWhen(partnerDetail, model.selectedProperty().isNotNull());
        partnerTitle.textProperty().bind(model.detailTitleProperty());
        partnerStanding.textProperty().bind(model.detailStandingProperty());
        partnerAgreement.textProperty().bind(model.detailAgreementProperty());
        partnerRegistration.textProperty().bind(model.detailRegistrationProperty());
        partnerTier.textProperty().bind(model.detailTierProperty());
        partnerContacts.textProperty().bind(model.detailContactsProperty());
    }

    /** The detail gives way to the new/edit and renewal panels (their own views) while one is open. */
    private void bindPartnerPanels() {
        NoticeLabels.showWhen(partnerDetailScroll, model.form().openProperty().not()
                .and(model.renewal().openProperty().not()));
    }

    // ---------------------------------------------------------------- Handlers

    @FXML private void onNewPartner() { model.startNew(); }
    @FXML private void onEditPartner() { model.startEdit(); }
    @FXML private void onRenewPartner() { model.startRenewal(); }
}
