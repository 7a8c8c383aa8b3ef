package com.custodia.ui.policy;

import com.custodia.service.consent.PolicyDiffLine;
import com.custodia.service.consent.PolicyVersionView;
import com.custodia.ui.common.NoticeLabels;
import com.custodia.ui.common.ScreenView;
import com.custodia.ui.common.ViewLoader;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/**
 * Code-behind of {@code fxml/policy/PolicyVersions.fxml}: the versions in a table, the selected
 * one's text and changes in tabs, and the publishing form (shown to privacy officers only).
 */
public final class PolicyVersionsView implements ScreenView {

    private final PolicyVersionsViewModel model;
    private final ResourceBundle bundle;
    private final Parent root;

    @FXML private Node busyBar;
    @FXML private Label notice;
    @FXML private Label currentLabel;
    @FXML private TableView<PolicyVersionView> versionsTable;
    @FXML private TableColumn<PolicyVersionView, String> labelColumn;
    @FXML private TableColumn<PolicyVersionView, String> lastUpdatedColumn;
    @FXML private TableColumn<PolicyVersionView, String> effectiveColumn;
    @FXML private TableColumn<PolicyVersionView, String> currentColumn;
    @FXML private TableColumn<PolicyVersionView, String> shaColumn;
    @FXML private TabPane tabs;
    @FXML private Tab publishTab;
    @FXML private TextArea textArea;
    @FXML private Label comparedWithLabel;
    @FXML private ListView<PolicyDiffLine> changesList;
    @FXML private ComboBox<PolicyVersionView> compareBox;
    @FXML private ListView<String> markedList;
    @FXML private TextField labelField;
    @FXML private DatePicker lastUpdatedPicker;
    @FXML private DatePicker effectivePicker;
    @FXML private TextField urlField;
    @FXML private TextArea newTextArea;
    @FXML private Button publishButton;

    public PolicyVersionsView(PolicyVersionsViewModel model, ViewLoader views) {
        this.model = model;
        this.bundle = views.bundle(PolicyScreen.FEATURE);
        this.root = views.load(PolicyScreen.FEATURE, "PolicyVersions", this);
    }

    @FXML
    private void initialize() {
        NoticeLabels.showWhen(busyBar, model.busyProperty());
        NoticeLabels.bind(notice, model.notice(), true);
        currentLabel.textProperty().bind(model.currentProperty());
        versionsTable.setItems(model.versions());
        column(labelColumn, PolicyVersionView::label);
        column(lastUpdatedColumn, v -> v.lastUpdated().toString());
        column(effectiveColumn, v -> v.effectiveFrom().toString());
        column(currentColumn, v -> v.current() ? bundle.getString("current.mark") : "");
        column(shaColumn, PolicyVersionView::textSha256);
        versionsTable.getSelectionModel().selectedItemProperty()
                .addListener((o, was, now) -> model.selectedProperty().set(now));
        model.selectedProperty().addListener((o, was, now) -> {
            if (versionsTable.getSelectionModel().getSelectedItem() != now) {
                versionsTable.getSelectionModel().select(now);
            }
        });
        textArea.textProperty().bind(model.textProperty());
        comparedWithLabel.textProperty().bind(model.comparedWithProperty());
        changesList.setItems(model.changes());
        changesList.setCellFactory(list -> new DiffCell());
        compareBox.setItems(model.versions());
        compareBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(PolicyVersionView v) {
                return v == null ? "" : v.label();
            }

            @Override
            public PolicyVersionView fromString(String s) {
                return null;
            }
        });
        compareBox.valueProperty().addListener((o, was, now) -> {
            if (now != model.compareWithProperty().get()) {
                model.compareWithProperty().set(now);
            }
        });
        model.compareWithProperty().addListener((o, was, now) -> {
            if (compareBox.getValue() != now) {
                compareBox.setValue(now);
            }
        });
        markedList.setItems(model.marked());
        if (!model.canPublishProperty().get()) {
            tabs.getTabs().remove(publishTab);
        }
        labelField.textProperty().bindBidirectional(model.newLabelProperty());
        lastUpdatedPicker.valueProperty().bindBidirectional(model.newLastUpdatedProperty());
        effectivePicker.valueProperty().bindBidirectional(model.newEffectiveFromProperty());
        urlField.textProperty().bindBidirectional(model.newUrlProperty());
        newTextArea.textProperty().bindBidirectional(model.newTextProperty());
        publishButton.disableProperty().bind(model.busyProperty());
    }

    private static void column(TableColumn<PolicyVersionView, String> column, Function<PolicyVersionView, String> value) {
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue())));
    }

    /** One diff line, marked by a style class so CSS colours additions and removals. */
    private static final class DiffCell extends ListCell<PolicyDiffLine> {
        @Override
        protected void updateItem(PolicyDiffLine line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().removeAll("diff-same", "diff-added", "diff-removed");
            if (empty || line == null) {
                setText(null);
                return;
            }
            switch (line.kind()) {
                case ADDED -> {
                    setText("+ " + line.text());
                    getStyleClass().add("diff-added");
                }
                case REMOVED -> {
                    setText("\u2212 " + line.text());
                    getStyleClass().add("diff-removed");
                }
                case SAME -> {
                    setText("  " + line.text());
                    getStyleClass().add("diff-same");
                }
            }
        }
    }

    // ---------------------------------------------------------------- Handlers

    @FXML private void onRefresh() { model.refresh(); }

    @FXML private void onPublish() { model.publish(); }

    // ---------------------------------------------------------------- ScreenView

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void dispose() {
        model.dispose();
    }
}
