package com.custodia.ui.people;

import com.custodia.service.people.EditConflict.Side;
import com.custodia.ui.common.NoticeLabels;
import com.custodia.ui.common.Themes;
import com.custodia.ui.common.ViewLoader;
import java.util.function.Supplier;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.stage.Modality;
import javafx.stage.Window;

/**
 * The conflict dialog ({@code fxml/people/ConflictDialog.fxml}): per changed field the value the
 * operator started from, the one saved meanwhile and their own, with a choice of theirs or mine.
 * "Save my choices" stays disabled until every field both sides changed has a choice. The dialog
 * does not block: its buttons go to {@link ProfileViewModel#applyConflict()} or
 * {@link ProfileViewModel#dismissConflict()}, and a new conflict opens a new dialog.
 */
final class ConflictDialog {

    private final ProfileViewModel model;
    private final PeopleText text;
    private final ViewLoader views;
    private final Supplier<Window> owner;
    private final ButtonType apply;
    private Dialog<ButtonType> open;
    /** Set while the dialog is closed by the model rather than by the operator. */
    private boolean closing;

    @FXML private Label intro;
    @FXML private GridPane fieldsGrid;
    @FXML private Label undecided;

    /** @param owner the window the profile is shown in, or null: the dialog stays in front of it */
    ConflictDialog(ProfileViewModel model, PeopleText text, ViewLoader views, Supplier<Window> owner) {
        this.model = model;
        this.text = text;
        this.views = views;
        this.owner = owner;
        this.apply = new ButtonType(text.get("conflict.apply"), ButtonBar.ButtonData.OK_DONE);
    }

    /** Opens the dialog for the conflict, or closes the one open when {@code conflict} is null. */
    void show(ConflictViewModel conflict) {
        if (open != null) {
            closing = true;
            try {
                open.close();
            } finally {
                closing = false;
                open = null;
            }
        }
        if (conflict != null) {
            open = build(conflict);
            open.show();
        }
    }

    private Dialog<ButtonType> build(ConflictViewModel conflict) {
        Parent content = views.load(PeopleScreen.FEATURE, "ConflictDialog", this);
        intro.setText(conflict.intro());
        int row = 1;
        for (ConflictViewModel.Row r : conflict.rows()) {
            addRow(r, row++);
        }
        NoticeLabels.showWhen(undecided, conflict.decidedProperty().not());

        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(text.get("conflict.title"));
        dialog.setHeaderText(text.get("conflict.title"));
        dialog.setResizable(true);
        dialog.getDialogPane().setId("conflict-dialog");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getStylesheets().add(Themes.stylesheetUrl());
        ButtonType cancel = new ButtonType(text.get("conflict.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(apply, cancel);
        Button applyButton = (Button) dialog.getDialogPane().lookupButton(apply);
        applyButton.setId("conflict-apply");
        applyButton.disableProperty().bind(conflict.decidedProperty().not());
        dialog.getDialogPane().lookupButton(cancel).setId("conflict-cancel");
        Window window = owner.get();
        if (window != null) {
            dialog.initOwner(window);
            dialog.initModality(Modality.WINDOW_MODAL);
        }
        dialog.setOnHidden(event -> {
            if (closing) {
                return;
            }
            open = null;
            if (dialog.getResult() == apply) {
                model.applyConflict();
            } else {
                model.dismissConflict();
            }
        });
        return dialog;
    }

    private void addRow(ConflictViewModel.Row r, int row) {
        Label field = cell(r.label(), "conflict-field");
        Label change = cell(r.changeText(), "text-muted");
        field.setGraphicTextGap(0);
        Node fieldCell = new javafx.scene.layout.VBox(field, change);
        Label base = cell(r.base(), "conflict-value");
        Label theirs = cell(r.theirs(), "conflict-value");
        Label mine = cell(r.mine(), "conflict-value");
        Node keep = r.choosable() ? choice(r) : cell(text.get("conflict.change.BOTH_ALIKE"), "text-muted");
        fieldsGrid.addRow(row, fieldCell, base, theirs, mine, keep);
        if (r.conflicting()) {
            for (Node n : new Node[] {fieldCell, base, theirs, mine, keep}) {
                n.getStyleClass().add("conflict-clash");
            }
        }
    }

    private HBox choice(ConflictViewModel.Row r) {
        ToggleGroup group = new ToggleGroup();
        RadioButton theirs = new RadioButton(text.get("conflict.keep.theirs"));
        theirs.setId("keep-theirs-" + r.field().name());
        theirs.setUserData(Side.THEIRS);
        theirs.setToggleGroup(group);
        RadioButton mine = new RadioButton(text.get("conflict.keep.mine"));
        mine.setId("keep-mine-" + r.field().name());
        mine.setUserData(Side.MINE);
        mine.setToggleGroup(group);
        group.selectToggle(r.choiceProperty().get() == Side.THEIRS ? theirs
                : r.choiceProperty().get() == Side.MINE ? mine : null);
        group.selectedToggleProperty().addListener((o, was, now) ->
                r.choiceProperty().set(now == null ? null : (Side) now.getUserData()));
        HBox box = new HBox(theirs, mine);
        box.getStyleClass().add("conflict-choice");
        return box;
    }

    private static Label cell(String value, String styleClass) {
        Label label = new Label(value);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.getStyleClass().add(styleClass);
        return label;
    }
}
