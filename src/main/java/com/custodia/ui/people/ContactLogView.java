package com.custodia.ui.people;

import com.custodia.domain.PointOfContactReason;
import com.custodia.ui.common.NoticeLabels;
import com.custodia.ui.common.ViewLoader;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;

/**
 * Code-behind of {@code fxml/people/ContactLog.fxml}: a point of contact's reason, day and note,
 * and Log, bound to {@link CommunicationActions}. The detail places it under the points of contact.
 */
final class ContactLogView {

    private final CommunicationActions model;
    private final Parent root;

    @FXML private ComboBox<PointOfContactReason> reasonBox;
    @FXML private Label dateLabel;
    @FXML private DatePicker datePicker;
    @FXML private TextField noteField;
    @FXML private Button logButton;
    @FXML private Label contactNotice;

    ContactLogView(CommunicationActions model, ViewLoader views) {
        this.model = model;
        this.root = views.load(PeopleScreen.FEATURE, "ContactLog", this);
    }

    Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        reasonBox.getItems().setAll(model.reasons());
        reasonBox.setConverter(PeopleText.converter(model::reasonText));
        reasonBox.valueProperty().bindBidirectional(model.reasonProperty());
        dateLabel.setLabelFor(datePicker);
        datePicker.valueProperty().bindBidirectional(model.dateProperty());
        noteField.textProperty().bindBidirectional(model.noteProperty());
        logButton.disableProperty().bind(model.loggingProperty());
        NoticeLabels.bind(contactNotice, model.contactNotice(), true);
    }

    // ---------------------------------------------------------------- Handlers

    @FXML private void onLog() { model.logContact(); }
}
