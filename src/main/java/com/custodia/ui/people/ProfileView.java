package com.custodia.ui.people;

import atlantafx.base.theme.Styles;
import com.custodia.domain.PersonField;
import com.custodia.domain.PersonKind;
import com.custodia.ui.common.NoticeLabels;
import com.custodia.ui.common.ViewLoader;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.fxml.FXML;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Code-behind of {@code fxml/people/Profile.fxml}: a row per field of the person (label, input,
 * and the field's problem beside it), Save and Revert, all bound to {@link ProfileViewModel}.
 * When the model reports a conflict, the {@link ConflictDialog} opens for it.
 */
final class ProfileView {

    /** Ctrl+S saves from anywhere in the form. */
    private static final KeyCombination SAVE_KEY = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);

    private final ProfileViewModel model;
    private final PeopleText text;
    private final ConflictDialog conflictDialog;
    private final Parent root;

    @FXML private Label readOnlyNote;
    @FXML private VBox ownerSlot;
    @FXML private GridPane formGrid;
    @FXML private Label profileNotice;
    @FXML private Node profileButtons;
    @FXML private Label versionLabel;
    @FXML private Button revertButton;
    @FXML private Button saveButton;

    ProfileView(ProfileViewModel model, PeopleText text, ViewLoader views) {
        this.model = model;
        this.text = text;
        this.conflictDialog = new ConflictDialog(model, text, views, this::window);
        this.root = views.load(PeopleScreen.FEATURE, "Profile", this);
        // here, not in initialize(): the root is only known once the loader returns it
        root.setOnKeyPressed(event -> {
            if (SAVE_KEY.match(event)) {
                event.consume();
                model.save();
            }
        });
    }

    Parent root() {
        return root;
    }

    /** Shows the account owner above the form. */
    void showOwner(Node owner) {
        ownerSlot.getChildren().setAll(owner);
    }

    private Window window() {
        return root == null || root.getScene() == null ? null : root.getScene().getWindow();
    }

    @FXML
    private void initialize() {
        boolean editable = model.editable();
        NoticeLabels.showWhen(readOnlyNote, new SimpleBooleanProperty(!editable));
        int row = 0;
        for (PersonField field : PersonField.values()) {
            Label label = new Label(text.field(field));
            label.getStyleClass().add("text-muted");
            Node input = input(field, editable);
            label.setLabelFor(input);
            Label problem = new Label();
            problem.setId("problem-" + field.name());
            problem.getStyleClass().add("field-problem");
            problem.setWrapText(true);
            problem.textProperty().bind(model.problem(field));
            NoticeLabels.showWhen(problem, model.problem(field).isNotEmpty());
            formGrid.addRow(row++, label, input, problem);
            GridPane.setValignment(label, field == PersonField.NOTES ? VPos.TOP : VPos.CENTER);
            GridPane.setValignment(problem, VPos.TOP);
        }
        formGrid.disableProperty().bind(model.loadedProperty().not());
        NoticeLabels.bind(profileNotice, model.notice(), true);
        versionLabel.textProperty().bind(model.versionTextProperty());
        NoticeLabels.showWhen(profileButtons, new SimpleBooleanProperty(editable));
        saveButton.disableProperty().bind(model.dirtyProperty().not().or(model.savingProperty()));
        revertButton.disableProperty().bind(model.dirtyProperty().not().or(model.savingProperty()));
        model.conflictProperty().addListener((o, was, now) -> conflictDialog.show(now));
    }

    private Node input(PersonField field, boolean editable) {
        Node input;
        if (field == PersonField.KIND) {
            ComboBox<PersonKind> kind = new ComboBox<>();
            kind.getItems().setAll(PersonKind.values());
            kind.setConverter(PeopleText.converter(text::kind));
            kind.valueProperty().bindBidirectional(model.kindProperty());
            kind.setDisable(!editable);
            kind.setMaxWidth(Double.MAX_VALUE);
            input = kind;
        } else {
            TextInputControl box = field == PersonField.NOTES ? notes() : new TextField();
            box.textProperty().bindBidirectional(model.value(field));
            box.setEditable(editable);
            input = box;
        }
        input.setId("field-" + field.name());
        // the theme draws an input in the danger state with a red border
        model.problem(field).addListener((o, was, now) -> input.pseudoClassStateChanged(Styles.STATE_DANGER,
                !now.isEmpty()));
        return input;
    }

    private static TextArea notes() {
        TextArea area = new TextArea();
        area.setPrefRowCount(4);
        area.setWrapText(true);
        return area;
    }

    // ---------------------------------------------------------------- Handlers

    @FXML private void onSave() { model.save(); }
    @FXML private void onRevert() { model.revert(); }

    void dispose() {
        conflictDialog.show(null);
    }
}
