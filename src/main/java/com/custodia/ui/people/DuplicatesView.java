package com.custodia.ui.people;

import com.custodia.service.people.DuplicateFinder.Candidate;
import com.custodia.ui.common.NoticeLabels;
import com.custodia.ui.common.ViewLoader;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

/**
 * Code-behind of {@code fxml/people/Duplicates.fxml}: the candidates, "Review merge…" for the one
 * selected, what the merge would do or why it is refused, and the merge, bound to
 * {@link DuplicatesViewModel}. Operators who may not merge see the candidates and a hint.
 */
final class DuplicatesView {

    private final DuplicatesViewModel model;
    private final PeopleText text;
    private final Parent root;

    @FXML private Label candidatesNotice;
    @FXML private TableView<Candidate> candidatesTable;
    @FXML private Node mergeButtons;
    @FXML private Button reviewButton;
    @FXML private Button mergeButton;
    @FXML private Label mergeHint;
    @FXML private Label previewText;
    @FXML private Label mergeNotice;

    DuplicatesView(DuplicatesViewModel model, PeopleText text, ViewLoader views) {
        this.model = model;
        this.text = text;
        this.root = views.load(PeopleScreen.FEATURE, "Duplicates", this);
    }

    Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        Columns.add(candidatesTable, text, "duplicate.id", 60, c -> Long.toString(c.id()));
        Columns.add(candidatesTable, text, "duplicate.name", 160, c -> PeopleText.name(c.firstName(), c.lastName()));
        Columns.add(candidatesTable, text, "duplicate.company", 150, c -> text.orEmpty(c.company()));
        Columns.add(candidatesTable, text, "duplicate.email", 190, c -> text.orEmpty(c.email()));
        Columns.add(candidatesTable, text, "duplicate.place", 130, c -> String.join(", ",
                Stream.of(c.city(), c.country()).filter(v -> v != null && !v.isBlank()).toList()));
        Columns.add(candidatesTable, text, "duplicate.matches", 170, model::matchText);
        Columns.empty(candidatesTable, text.get("records.empty"));
        candidatesTable.setItems(model.candidates());
        NoticeLabels.bind(candidatesNotice, model.candidatesNotice(), false);

        boolean mayMerge = model.mayMerge();
        NoticeLabels.showWhen(mergeButtons, new SimpleBooleanProperty(mayMerge));
        NoticeLabels.showWhen(mergeHint, new SimpleBooleanProperty(!mayMerge));
        reviewButton.disableProperty().bind(Bindings.isNull(candidatesTable.getSelectionModel().selectedItemProperty())
                .or(model.busyProperty()));
        mergeButton.disableProperty().bind(model.canMergeProperty().not().or(model.busyProperty()));
        previewText.textProperty().bind(model.previewTextProperty());
        NoticeLabels.showWhen(previewText, model.previewTextProperty().isNotEmpty());
        // a refused merge reads as a warning, an allowed one as information
        model.previewProperty().addListener((o, was, now) -> {
            previewText.getStyleClass().remove("merge-refused");
            if (now != null && !now.allowed()) {
                previewText.getStyleClass().add("merge-refused");
            }
        });
        NoticeLabels.bind(mergeNotice, model.notice(), true);
        candidatesTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) ->
                model.candidateSelected(now));
    }

    // ---------------------------------------------------------------- Handlers

    @FXML private void onReview() { model.review(candidatesTable.getSelectionModel().getSelectedItem()); }
    @FXML private void onMerge() { model.merge(); }
}
