package com.custodia.ui.importing;

import com.custodia.service.people.importing.ImportPreview;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.css.PseudoClass;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.util.StringConverter;

/**
 * The cells of the mapping step: the "imports as" choice of each file column, its note coloured
 * by how the choice stands, and the preview table's columns, one per file column, headed by what
 * each imports as. Colours come from CSS pseudo-classes.
 */
final class MappingCells {

    /** In the choice box an empty string stands for "leave out", since a box's items cannot be null. */
    private static final String LEAVE_OUT = "";
    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");

    private MappingCells() {
    }

    /** A choice box bound both ways to the row's target (null in the model is "leave out" in the box). */
    static void targetChoices(TableColumn<MappedColumn, MappedColumn> column, ImportText text) {
        List<String> items = new ArrayList<>();
        ColumnMapping.TARGETS.forEach(t -> items.add(t == null ? LEAVE_OUT : t));
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue()));
        column.setCellFactory(c -> new TableCell<>() {
            private final ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(items));
            private final ChangeListener<String> fromModel = (o, old, now) -> box.setValue(now == null ? LEAVE_OUT : now);
            private MappedColumn bound;

            {
                box.setMaxWidth(Double.MAX_VALUE);
                box.setConverter(converter(text));
                box.valueProperty().addListener((o, old, now) -> {
                    if (bound != null && now != null) {
                        bound.targetProperty().set(LEAVE_OUT.equals(now) ? null : now);
                    }
                });
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            }

            @Override
            protected void updateItem(MappedColumn item, boolean empty) {
                super.updateItem(item, empty);
                if (bound != null) {
                    bound.targetProperty().removeListener(fromModel);
                    bound = null;
                }
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                box.setValue(item.target() == null ? LEAVE_OUT : item.target());
                box.setId("target-" + item.index());
                bound = item;
                item.targetProperty().addListener(fromModel);
                setGraphic(box);
            }
        });
    }

    private static StringConverter<String> converter(ImportText text) {
        return new StringConverter<>() {
            @Override
            public String toString(String value) {
                return value == null || value.isEmpty() ? text.target(null) : value;
            }

            @Override
            public String fromString(String value) {
                throw new UnsupportedOperationException("choices are picked, not typed");
            }
        };
    }

    /** The note, with a style class per state (mapping-matched, mapping-conflict, ...). */
    static void notes(TableColumn<MappedColumn, String> column) {
        column.setCellValueFactory(row -> row.getValue().noteProperty());
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String note, boolean empty) {
                super.updateItem(note, empty);
                getStyleClass().removeIf(s -> s.startsWith("mapping-"));
                MappedColumn row = getTableRow() == null ? null : getTableRow().getItem();
                if (empty || note == null || row == null) {
                    setText(null);
                    return;
                }
                setText(note);
                // the state changes before the note, so it is current here
                getStyleClass().add("mapping-" + row.state().name().toLowerCase(Locale.ROOT));
            }
        });
    }

    /** One column per file column, headed by its name and target; a row the import would refuse is marked. */
    static void previewColumns(TableView<ImportPreview.Row> table, List<MappedColumn> columns, ImportText text) {
        table.getColumns().clear();
        TableColumn<ImportPreview.Row, String> line = new TableColumn<>(text.get("preview.line"));
        line.setCellValueFactory(row -> new ReadOnlyStringWrapper(
                Long.toString(row.getValue().line())));
        line.setSortable(false);
        line.setPrefWidth(56);
        table.getColumns().add(line);
        for (MappedColumn mapped : columns) {
            TableColumn<ImportPreview.Row, String> column = new TableColumn<>();
            column.textProperty().bind(mapped.headingProperty());
            int index = mapped.index();
            column.setCellValueFactory(row -> new ReadOnlyStringWrapper(
                    index < row.getValue().values().size() ? row.getValue().values().get(index) : ""));
            column.setSortable(false);
            column.setPrefWidth(130);
            table.getColumns().add(column);
        }
        TableColumn<ImportPreview.Row, String> problem = new TableColumn<>(text.get("preview.problem"));
        problem.setCellValueFactory(row -> new ReadOnlyStringWrapper(
                row.getValue().problem() == null ? "" : row.getValue().problem()));
        problem.setSortable(false);
        problem.setPrefWidth(320);
        table.getColumns().add(problem);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ImportPreview.Row row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(PROBLEM, !empty && row != null && row.problem() != null);
            }
        });
    }
}
