package com.custodia.ui.consent;

import static com.custodia.ui.consent.ConsentControls.choices;
import static com.custodia.ui.consent.ConsentControls.choose;
import static com.custodia.ui.consent.ConsentControls.column;
import static com.custodia.ui.consent.ConsentControls.show;

import com.custodia.domain.CampaignKind;
import com.custodia.domain.CampaignRunner;
import com.custodia.service.consent.CampaignView;
import com.custodia.ui.common.NoticeLabels;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;

/**
 * Code-behind of {@code fxml/consent/Campaigns.fxml}, the Campaigns tab: campaigns, their contacts
 * and the gate a hand-over passes, bound to {@link CampaignsViewModel}.
 */
final class CampaignsView {

    private final CampaignsViewModel campaigns;
    private final ConsentText text;

    @FXML private Label campaignsNotice;
    @FXML private TableView<CampaignView> campaignsTable;
    @FXML private Node createBox;
    @FXML private TextField campaignNameField;
    @FXML private ComboBox<Choice<CampaignKind>> kindBox;
    @FXML private ComboBox<Choice<CampaignRunner>> runByBox;
    @FXML private TextField runnerNameField;
    @FXML private TextField campaignPurposeField;
    @FXML private Label campaignDetail;
    @FXML private Label gateLabel;
    @FXML private ListView<String> contactsList;
    @FXML private Node pickBox;
    @FXML private Node handOverBox;
    @FXML private TextField candidatesField;
    @FXML private ListView<String> excludedList;

    CampaignsView(CampaignsViewModel campaigns, ConsentText text) {
        this.campaigns = campaigns;
        this.text = text;
    }

    @FXML
    private void initialize() {
        NoticeLabels.bind(campaignsNotice, campaigns.notice(), true);
        campaignsTable.setItems(campaigns.rows());
        column(text, campaignsTable, "column.name", 180, CampaignView::name);
        column(text, campaignsTable, "column.kind", 140, c -> text.words("kind", c.kind()));
        column(text, campaignsTable, "column.runBy", 150, c -> text.words("runner", c.runBy())
                + (c.runnerName() == null ? "" : " — " + c.runnerName()));
        column(text, campaignsTable, "column.contacts", 70, c -> String.valueOf(c.contacts()));
        column(text, campaignsTable, "column.handedOver", 90, c -> c.handedOverSeq() == null ? ""
                : "#" + c.handedOverSeq());
        campaignsTable.getSelectionModel().selectedItemProperty()
                .addListener((o, was, now) -> campaigns.selectedProperty().set(now));
        campaigns.selectedProperty().addListener((o, was, now) -> {
            campaignDetail.setText(campaigns.describe(now));
            if (campaignsTable.getSelectionModel().getSelectedItem() != now && now != null) {
                campaignsTable.getSelectionModel().select(now);
            }
        });
        gateLabel.textProperty().bind(campaigns.gateProperty());
        NoticeLabels.showWhen(gateLabel, campaigns.gateProperty().isNotEmpty());
        campaigns.gateAllowsProperty().addListener((o, was, now) -> {
            gateLabel.getStyleClass().removeAll("gate-allows", "gate-refuses");
            gateLabel.getStyleClass().add(now ? "gate-allows" : "gate-refuses");
        });
        gateLabel.getStyleClass().add("gate-refuses");
        contactsList.setItems(campaigns.contacts());
        excludedList.setItems(campaigns.excluded());
        bindForms();
    }

    private void bindForms() {
        campaignNameField.textProperty().bindBidirectional(campaigns.nameProperty());
        runnerNameField.textProperty().bindBidirectional(campaigns.runnerNameProperty());
        campaignPurposeField.textProperty().bindBidirectional(campaigns.purposeProperty());
        candidatesField.textProperty().bindBidirectional(campaigns.candidatesProperty());
        choose(kindBox, choices(text, null, "kind", CampaignKind.values()), campaigns.kindProperty());
        choose(runByBox, choices(text, null, "runner", CampaignRunner.values()), campaigns.runByProperty());
        boolean manage = campaigns.mayManage();
        show(manage, createBox, pickBox);
        pickBox.disableProperty().bind(campaigns.selectedProperty().isNull().or(campaigns.busyProperty()));
        // offered only where the gate would let the list go: a partner- or contractor-run campaign
        var handOver = campaigns.gateAllowsProperty().and(new SimpleBooleanProperty(manage));
        handOverBox.visibleProperty().bind(handOver);
        handOverBox.managedProperty().bind(handOver);
        handOverBox.disableProperty().bind(campaigns.busyProperty());
    }

    // ---------------------------------------------------------------- Handlers

    @FXML private void onCreateCampaign() { campaigns.create(); }
    @FXML private void onPick() { campaigns.pick(); }
    @FXML private void onHandOver() { campaigns.handOver(); }
}
