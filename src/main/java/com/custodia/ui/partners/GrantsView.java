package com.custodia.ui.partners;

import static com.custodia.ui.partners.PartnersControls.cell;
import static com.custodia.ui.partners.PartnersControls.choices;
import static com.custodia.ui.partners.PartnersControls.follow;
import static com.custodia.ui.partners.PartnersControls.markRows;

import com.custodia.service.partners.GrantView;
import com.custodia.service.partners.PartnerView;
import com.custodia.service.partners.ShareFormat;
import com.custodia.ui.common.NoticeLabels;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Code-behind of {@code fxml/partners/Grants.fxml}, the Grants tab: grants with their warnings
 * and the share-package export, bound to {@link GrantsViewModel}. The chosen grant and the grant
 * and renew/revoke panels, which take its place while open, have views of their own.
 */
final class GrantsView {

    private final PartnersViewModel model;
    private final GrantsViewModel grants;
    private final PartnersText text;
    private final PartnerChoices partners;

    @FXML private ComboBox<PartnerView> grantsFilter;
    @FXML private Button grantButton;
    @FXML private Button renewGrantButton;
    @FXML private Button revokeGrantButton;
    @FXML private ComboBox<ShareFormat> exportFormat;
    @FXML private Button exportButton;
    @FXML private Node exportProgressBox;
    @FXML private ProgressBar exportProgress;
    @FXML private Label exportMessage;
    @FXML private Label grantsNotice;
    @FXML private TableView<GrantView> grantsTable;
    @FXML private TableColumn<GrantView, String> grantIdColumn;
    @FXML private TableColumn<GrantView, String> grantPartnerColumn;
    @FXML private TableColumn<GrantView, String> grantScopeColumn;
    @FXML private TableColumn<GrantView, String> grantFieldsColumn;
    @FXML private TableColumn<GrantView, String> grantPurposeColumn;
    @FXML private TableColumn<GrantView, String> grantValidityColumn;
    @FXML private TableColumn<GrantView, String> grantStateColumn;
    @FXML private TableColumn<GrantView, String> grantWarningColumn;

    GrantsView(PartnersViewModel model, PartnerChoices partners) {
        this.model = model;
        this.grants = model.grants();
        this.text = model.text();
        this.partners = partners;
    }

    @FXML
    private void initialize() {
        partners.addWithAll(grantsFilter, text.get("grants.all"), grants.filterProperty());
        renewGrantButton.disableProperty().bind(grants.canActProperty().not());
        revokeGrantButton.disableProperty().bind(grants.canActProperty().not());
        exportButton.disableProperty().bind(grants.canActProperty().not().or(grants.exportProperty().isNotNull()));
        choices(exportFormat, ShareFormat.values(), ShareFormat::name);
        exportFormat.valueProperty().bindBidirectional(grants.formatProperty());
        NoticeLabels.showWhen(exportProgressBox, grants.exportProperty().isNotNull());
        grants.exportProperty().addListener((o, was, task) -> {
            exportProgress.progressProperty().unbind();
            exportMessage.textProperty().unbind();
            if (task != null) {
                exportProgress.progressProperty().bind(task.progressProperty());
                exportMessage.textProperty().bind(task.messageProperty());
            }
        });
        NoticeLabels.bind(grantsNotice, grants.notice(), false);
        grantsTable.setItems(grants.rows());
        cell(grantIdColumn, r -> text.format("grant.id", r.id()));
        cell(grantPartnerColumn, GrantView::partnerName);
        cell(grantScopeColumn, grants::scopeText);
        cell(grantFieldsColumn, grants::fieldsText);
        cell(grantPurposeColumn, grants::purposeText);
        cell(grantValidityColumn, grants::validityText);
        cell(grantStateColumn, grants::stateText);
        cell(grantWarningColumn, grants::warningText);
        markRows(grantsTable, GrantView::warning, r -> r.warning() != null ? "grant-warning"
                : !r.state().answers() ? "grant-ended" : null, "grant-warning", "grant-ended");
        follow(grantsTable, grants.selectedProperty(), grants::select);
        grantButton.disableProperty().bind(model.busyProperty());
    }

    // ---------------------------------------------------------------- Handlers

    @FXML private void onGrant() { grants.startGrant(); }
    @FXML private void onRenewGrant() { grants.startRenew(); }
    @FXML private void onRevokeGrant() { grants.startRevoke(); }
    @FXML private void onExport() { grants.exportPackage(); }
    @FXML private void onCancelExport() { grants.cancelExport(); }
}
