package com.custodia.ui.partners;

import com.custodia.service.partners.GrantEventView;
import com.custodia.service.partners.GrantView;
import com.custodia.ui.common.NoticeLabels;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/**
 * Code-behind of {@code fxml/partners/GrantDetail.fxml}: the chosen grant and its history, which
 * give way to the grant and renew/revoke panels while one is open.
 */
final class GrantDetailView {

    private final GrantsViewModel grants;
    private final PartnersText text;

    @FXML private Node grantDetailScroll;
    @FXML private Label grantNone;
    @FXML private Node grantDetail;
    @FXML private Label grantTitle;
    @FXML private Label grantWarning;
    @FXML private Label grantGranted;
    @FXML private Label grantRevoked;
    @FXML private ListView<GrantEventView> grantEvents;

    GrantDetailView(PartnersViewModel model) {
        this.grants = model.grants();
        this.text = model.text();
    }

    @FXML
    private void initialize() {
        var actionOpen = grants.actionForm().actionProperty().isNotEqualTo(GrantActionForm.Action.NONE);
        NoticeLabels.showWhen(grantDetailScroll, grants.grantForm().openProperty().not().and(actionOpen.not()));
        grants.selectedProperty().addListener((o, was, now) -> showGrant(now));
        NoticeLabels.showWhen(grantNone, grants.selectedProperty().isNull());
        NoticeLabels.showWhen(grantDetail, grants.selectedProperty().isNotNull());
        grantEvents.setItems(grants.events());
        grantEvents.setCellFactory(list -> new ListCell<>() {
            {
                // wrap within the list rather than scroll sideways
                prefWidthProperty().bind(list.widthProperty().subtract(24));
            }

            @Override
            protected void updateItem(GrantEventView e, boolean empty) {
                super.updateItem(e, empty);
                setWrapText(true);
                setText(empty || e == null ? null : grants.eventText(e));
            }
        });
        showGrant(null);
    }

    private void showGrant(GrantView r) {
        grantTitle.setText(r == null ? "" : text.format("grantDetail.title", r.id(), r.partnerName()));
        grantWarning.setText(r == null || r.warning() == null ? "" : r.warning());
        NoticeLabels.showWhen(grantWarning, grantWarning.textProperty().isNotEmpty());
        grantGranted.setText(r == null ? "" : text.format("grantDetail.granted", r.grantedBy(), text.time(r.grantedAt()),
                r.reason()));
        grantRevoked.setText(r == null || r.revokedAt() == null ? "" : text.format("grantDetail.revoked",
                r.revokedBy(), text.time(r.revokedAt()), r.revokeReason()));
        NoticeLabels.showWhen(grantRevoked, grantRevoked.textProperty().isNotEmpty());
    }
}
