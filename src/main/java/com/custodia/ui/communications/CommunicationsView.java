package com.custodia.ui.communications;

import com.custodia.domain.LegalBasis;
import com.custodia.domain.MessageClass;
import com.custodia.ui.common.NoticeLabels;
import com.custodia.ui.common.ScreenView;
import com.custodia.ui.common.ViewLoader;
import com.custodia.ui.common.WrappedTextCells;
import java.text.NumberFormat;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/**
 * Code-behind of {@code fxml/communications/Communications.fxml}: the class chooser, the
 * audience table, and the mailing-list form for those who may export.
 */
public final class CommunicationsView implements ScreenView {

    private final CommunicationsViewModel model;
    private final CommunicationsText text;
    private final NumberFormat numbers;
    private final Parent root;

    @FXML private Node runningBar;
    @FXML private ProgressBar taskProgress;
    @FXML private Label taskMessage;
    @FXML private Button cancelButton;
    @FXML private ComboBox<MessageClass> classBox;
    @FXML private Button countButton;
    @FXML private TableView<AudienceRow> audienceTable;
    @FXML private TableColumn<AudienceRow, String> groupColumn;
    @FXML private TableColumn<AudienceRow, String> personsColumn;
    @FXML private TableColumn<AudienceRow, String> shareColumn;
    @FXML private TableColumn<AudienceRow, String> whyColumn;
    @FXML private Label summary;
    @FXML private Label notice;
    @FXML private Node exportPane;
    @FXML private Label exportNotAllowed;
    @FXML private TextField recipientField;
    @FXML private ComboBox<LegalBasis> basisBox;
    @FXML private TextField purposeField;
    @FXML private TextField referenceField;
    @FXML private Button exportButton;

    public CommunicationsView(CommunicationsViewModel model, CommunicationsText text, ViewLoader views) {
        this.model = model;
        this.text = text;
        var locale = views.bundle(CommunicationsScreen.FEATURE).getLocale();
        this.numbers = NumberFormat.getIntegerInstance(locale);
        this.root = views.load(CommunicationsScreen.FEATURE, "Communications", this);
    }

    @FXML
    private void initialize() {
        NoticeLabels.showWhen(runningBar, model.task().runningProperty());
        taskProgress.progressProperty().bind(model.task().progressProperty());
        taskMessage.textProperty().bind(model.task().messageProperty());
        NoticeLabels.bind(notice, model.notice(), true);
        summary.textProperty().bind(model.summaryProperty());

        choices(classBox, List.of(MessageClass.values()), text::choice);
        classBox.valueProperty().bindBidirectional(model.messageClassProperty());
        classBox.disableProperty().bind(model.exportingProperty());
        countButton.disableProperty().bind(model.task().runningProperty());

        audienceTable.setItems(model.rows());
        cell(groupColumn, AudienceRow::group, false);
        cell(personsColumn, r -> numbers.format(r.persons()), false);
        cell(shareColumn, r -> text.percent(r.share()), false);
        cell(whyColumn, AudienceRow::explanation, true);
        personsColumn.getStyleClass().add("communications-count");
        shareColumn.getStyleClass().add("communications-count");

        boolean mayExport = model.mayExport();
        show(exportPane, mayExport);
        show(exportNotAllowed, !mayExport);
        recipientField.textProperty().bindBidirectional(model.recipientProperty());
        choices(basisBox, CommunicationsViewModel.BASES, text::basis);
        basisBox.valueProperty().bindBidirectional(model.basisProperty());
        purposeField.textProperty().bindBidirectional(model.purposeProperty());
        referenceField.textProperty().bindBidirectional(model.referenceProperty());
        exportButton.disableProperty().bind(model.task().runningProperty()
                .or(model.audienceProperty().isNull()));
    }

    private static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }

    private static <T> void choices(ComboBox<T> box, List<T> values, Function<T, String> words) {
        box.setItems(FXCollections.observableArrayList(values));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : words.apply(value);
            }

            @Override
            public T fromString(String typed) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        });
    }

    /** A column's cells; a wrapping one grows its row instead of cutting the text off. */
    private static void cell(TableColumn<AudienceRow, String> column, Function<AudienceRow, String> value,
                             boolean wrapping) {
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue())));
        if (!wrapping) {
            return;
        }
        WrappedTextCells.install(column, "communications-text", null);
    }

    // ---------------------------------------------------------------- Handlers

    @FXML private void onCount() { model.count(); }
    @FXML private void onCancel() { model.cancel(); }
    @FXML private void onExport() { model.export(); }

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
