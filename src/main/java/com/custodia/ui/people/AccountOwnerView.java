package com.custodia.ui.people;

import com.custodia.ui.common.NoticeLabels;
import com.custodia.ui.common.ViewLoader;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;

/**
 * Code-behind of {@code fxml/people/AccountOwner.fxml}: the owner in words for operators who may
 * not change it, the choice and its buttons for those who may, bound to {@link AccountOwnerViewModel}.
 */
final class AccountOwnerView {

    private final AccountOwnerViewModel model;
    private final Parent root;

    @FXML private Label ownerLabel;
    @FXML private Label ownerValue;
    @FXML private ComboBox<AccountOwnerViewModel.Choice> ownerChoice;
    @FXML private Button ownerRevert;
    @FXML private Button ownerSave;
    @FXML private Label ownerNotice;

    AccountOwnerView(AccountOwnerViewModel model, ViewLoader views) {
        this.model = model;
        this.root = views.load(PeopleScreen.FEATURE, "AccountOwner", this);
    }

    Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        var changeable = model.changeableProperty();
        NoticeLabels.showWhen(ownerValue, changeable.not());
        ownerValue.textProperty().bind(model.ownerTextProperty());
        NoticeLabels.showWhen(ownerChoice, changeable);
        NoticeLabels.showWhen(ownerRevert, changeable);
        NoticeLabels.showWhen(ownerSave, changeable);
        ownerLabel.setLabelFor(ownerChoice);
        ownerChoice.setItems(model.choices());
        ownerChoice.valueProperty().bindBidirectional(model.selectedProperty());
        ownerChoice.disableProperty().bind(model.busyProperty());
        ownerSave.disableProperty().bind(model.dirtyProperty().not().or(model.busyProperty()));
        ownerRevert.disableProperty().bind(model.dirtyProperty().not().or(model.busyProperty()));
        NoticeLabels.bind(ownerNotice, model.notice(), true);
    }

    // ---------------------------------------------------------------- Handlers

    @FXML private void onAssign() { model.assign(); }
    @FXML private void onRevert() { model.revert(); }
}
