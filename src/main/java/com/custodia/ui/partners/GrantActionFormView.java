package com.custodia.ui.partners;

import com.custodia.ui.common.NoticeLabels;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/**
 * Code-behind of {@code fxml/partners/GrantActionForm.fxml}: the renew/revoke panel, bound to
 * {@link GrantActionForm}.
 */
final class GrantActionFormView {

    private final PartnersViewModel model;

    @FXML private Node grantActionPanel;
    @FXML private Label actionTitle;
    @FXML private Label actionExplain;
    @FXML private Node actionUntilBox;
    @FXML private DatePicker actionUntil;
    @FXML private TextField actionReason;
    @FXML private Label actionNotice;
    @FXML private Button actionSave;

    GrantActionFormView(PartnersViewModel model) {
        this.model = model;
    }

    @FXML
    private void initialize() {
        GrantActionForm action = model.grants().actionForm();
        PartnersText text = model.text();
        NoticeLabels.showWhen(grantActionPanel, action.actionProperty().isNotEqualTo(GrantActionForm.Action.NONE));
        var renewing = action.actionProperty().isEqualTo(GrantActionForm.Action.RENEW);
        actionTitle.textProperty().bind(action.titleProperty());
        NoticeLabels.showWhen(actionExplain, renewing.not());
        NoticeLabels.showWhen(actionUntilBox, renewing);
        actionUntil.valueProperty().bindBidirectional(action.untilProperty());
        actionReason.textProperty().bindBidirectional(action.reasonProperty());
        NoticeLabels.bind(actionNotice, action.notice(), false);
        actionSave.textProperty().bind(Bindings.when(renewing).then(text.get("action.doRenew"))
                .otherwise(text.get("action.doRevoke")));
        actionSave.disableProperty().bind(model.busyProperty());
    }

    @FXML private void onSaveAction() { model.grants().submitAction(); }
    @FXML private void onCancelGrantPanels() { model.grants().cancelPanels(); }
}
