package com.custodia.ui.people;

import com.custodia.domain.PersonKind;
import com.custodia.service.people.PersonRow;
import com.custodia.ui.common.NoticeLabels;
import com.custodia.ui.common.PagedTables;
import com.custodia.ui.common.ScreenView;
import com.custodia.ui.common.Searchable;
import com.custodia.ui.common.ViewLoader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;

/**
 * Code-behind of {@code fxml/people/People.fxml}: the search field, the filters and the paged
 * table bound to {@link PeopleViewModel}, with the selected person's detail beside them. It takes
 * the main window's search (Ctrl+K) as {@link Searchable}.
 */
public final class PeopleView implements ScreenView, Searchable {

    private final PeopleViewModel model;
    private final PeopleText text;
    private final PersonDetailView detailView;
    private final Parent root;

    @FXML private TextField searchField;
    @FXML private ComboBox<PersonKind> kindFilter;
    @FXML private TextField countryFilter;
    @FXML private CheckBox optedOutFilter;
    @FXML private CheckBox openRequestFilter;
    @FXML private ProgressIndicator searchingIndicator;
    @FXML private Label countLabel;
    @FXML private TextField jumpField;
    @FXML private Label notice;
    @FXML private Label restrictedNote;
    @FXML private TableView<PersonRow> peopleTable;
    @FXML private TableColumn<PersonRow, String> nameColumn;
    @FXML private TableColumn<PersonRow, String> companyColumn;
    @FXML private TableColumn<PersonRow, String> emailColumn;
    @FXML private TableColumn<PersonRow, String> phoneColumn;
    @FXML private TableColumn<PersonRow, String> countryColumn;
    @FXML private TableColumn<PersonRow, String> kindColumn;
    @FXML private StackPane detailHost;

    PeopleView(PeopleViewModel model, PeopleText text, ViewLoader views, Clock clock) {
        this.model = model;
        this.text = text;
        this.detailView = new PersonDetailView(model.detail(), text, views, clock);
        this.root = views.load(PeopleScreen.FEATURE, "People", this);
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(model.searchTextProperty());
        List<PersonKind> kinds = new ArrayList<>();
        kinds.add(null);
        kinds.addAll(List.of(PersonKind.values()));
        kindFilter.getItems().setAll(kinds);
        kindFilter.setConverter(PeopleText.converter(text::kind));
        kindFilter.valueProperty().bindBidirectional(model.kindFilterProperty());
        countryFilter.textProperty().bindBidirectional(model.countryFilterProperty());
        optedOutFilter.selectedProperty().bindBidirectional(model.optedOutFilterProperty());
        openRequestFilter.selectedProperty().bindBidirectional(model.openRequestFilterProperty());
        boolean contact = model.showsContactData();
        NoticeLabels.showWhen(countryFilter, new SimpleBooleanProperty(contact));
        NoticeLabels.showWhen(optedOutFilter, new SimpleBooleanProperty(contact));
        NoticeLabels.showWhen(openRequestFilter, new SimpleBooleanProperty(contact));
        NoticeLabels.showWhen(restrictedNote, new SimpleBooleanProperty(!contact));
        NoticeLabels.showWhen(searchingIndicator, model.searchingProperty());
        countLabel.textProperty().bind(model.countTextProperty());
        jumpField.textProperty().bindBidirectional(model.jumpTextProperty());
        NoticeLabels.bind(notice, model.notice(), false);
        bindTable(contact);
        detailHost.getChildren().setAll(detailView.root());
    }

    private void bindTable(boolean contact) {
        cell(nameColumn, model::nameText);
        cell(companyColumn, row -> text.orEmpty(row.company()));
        cell(emailColumn, row -> text.orEmpty(row.email()));
        cell(phoneColumn, row -> text.orEmpty(row.phone()));
        cell(countryColumn, row -> text.orEmpty(row.country()));
        cell(kindColumn, model::kindText);
        // names-only roles get rows without contact data: no empty columns pretending otherwise
        for (TableColumn<PersonRow, String> c : List.of(companyColumn, emailColumn, phoneColumn, countryColumn)) {
            c.setVisible(contact);
        }
        PagedTables.bind(peopleTable, model.rows());
        peopleTable.getSelectionModel().selectedItemProperty().addListener((o, was, now) ->
                model.selected(now, peopleTable.getSelectionModel().getSelectedIndex()));
        model.selectRequestProperty().addListener((o, was, now) -> {
            if (now != null && now.row() < peopleTable.getItems().size()) {
                peopleTable.getSelectionModel().clearAndSelect(now.row());
            }
        });
    }

    private static void cell(TableColumn<PersonRow, String> column, Function<PersonRow, String> value) {
        column.setCellValueFactory(PagedTables.text(value));
    }

    // ---------------------------------------------------------------- Handlers

    @FXML private void onClearFilters() { model.clearFilters(); }
    @FXML private void onJump() { model.jump(); }

    // ---------------------------------------------------------------- ScreenView, Searchable

    @Override
    public void search(String query) {
        model.searchFor(query);
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void dispose() {
        detailView.dispose();
        model.dispose();
    }
}
