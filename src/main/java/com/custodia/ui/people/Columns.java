package com.custodia.ui.people;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** View helper: the read-only text columns of the detail's tables, titled from the bundle. */
final class Columns {

    private Columns() {
    }

    /** Adds a column titled by the bundle key showing {@code value} of each row. */
    static <S> TableColumn<S, String> add(TableView<S> table, PeopleText text, String titleKey, double width,
                                          Function<S, String> value) {
        TableColumn<S, String> column = new TableColumn<>(text.get(titleKey));
        column.setPrefWidth(width);
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue() == null ? ""
                : value.apply(row.getValue())));
        table.getColumns().add(column);
        return column;
    }

    /** The table's text when it has no rows. */
    static void empty(TableView<?> table, String message) {
        Label placeholder = new Label(message);
        placeholder.getStyleClass().add("text-muted");
        table.setPlaceholder(placeholder);
    }
}
