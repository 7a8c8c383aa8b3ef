package com.custodia.ui.people;

import com.custodia.ui.common.NoticeLabels;
import com.custodia.ui.common.ViewLoader;
import com.custodia.ui.people.DetailLists.Preference;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

/**
 * Code-behind of {@code fxml/people/PreferenceChoice.fxml}: how the person told us, and Decline
 * or Subscribe for the message class selected in the preferences table, bound to
 * {@link CommunicationActions}. The detail places it under that table.
 */
final class PreferenceChoiceView {

    private final CommunicationActions model;
    private final Parent root;

    @FXML private Label howLabel;
    @FXML private ComboBox<String> howBox;
    @FXML private Button declineButton;
    @FXML private Button subscribeButton;
    @FXML private Label choiceHint;
    @FXML private Label choiceNotice;

    PreferenceChoiceView(CommunicationActions model, ViewLoader views) {
        this.model = model;
        this.root = views.load(PeopleScreen.FEATURE, "PreferenceChoice", this);
    }

    Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        howLabel.setLabelFor(howBox);
        howBox.getItems().setAll(model.ways());
        howBox.setValue(model.howProperty().get());
        howBox.valueProperty().addListener((o, was, now) -> model.howProperty().set(now));
        howBox.getEditor().textProperty().addListener((o, was, now) -> model.howProperty().set(now));
        declineButton.disableProperty().bind(model.canDecline().not());
        subscribeButton.disableProperty().bind(model.canSubscribe().not());
        NoticeLabels.showWhen(choiceHint, model.selectedProperty().isNull());
        NoticeLabels.bind(choiceNotice, model.choiceNotice(), true);
    }

    /** The choice is for the table's selected row; a row selected again after a reload is shown selected. */
    void follow(TableView<Preference> table) {
        var selection = table.getSelectionModel();
        selection.selectedItemProperty().addListener((o, was, now) -> model.select(now));
        model.selectedProperty().addListener((o, was, now) -> {
            if (now != null && now != selection.getSelectedItem()) {
                selection.select(now);
            }
        });
    }

    // ---------------------------------------------------------------- Handlers

    @FXML private void onDecline() { model.decline(); }
    @FXML private void onSubscribe() { model.subscribe(); }
}
