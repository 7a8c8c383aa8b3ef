package com.custodia.ui.partners;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/** How the partners tabs fill their choice boxes and text columns, mark rows and follow a chosen row. */
final class PartnersControls {

    private PartnersControls() {
    }

    static <T> void choices(ComboBox<T> box, T[] values, Function<T, String> name) {
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : name.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        });
    }

    static <S> void cell(TableColumn<S, String> column, Function<S, String> value) {
        column.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue() == null ? ""
                : value.apply(row.getValue())));
    }

    /** The table's selection and the view model's chosen row follow each other. */
    static <S> void follow(TableView<S> table, ObservableValue<S> chosen, Consumer<S> choose) {
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != chosen.getValue()) {
                choose.accept(now);
            }
        });
        chosen.addListener((o, was, now) -> {
            if (now == null) {
                table.getSelectionModel().clearSelection();
            } else if (table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
            }
        });
    }

    /**
     * Rows carry a tooltip (none where {@code tooltip} gives null) and at most one of the style
     * classes {@code marks}, the one {@code mark} names (none where it gives null).
     */
    static <S> void markRows(TableView<S> table, Function<S, String> tooltip, Function<S, String> mark,
                             String... marks) {
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(S row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll(marks);
                String tip = empty || row == null ? null : tooltip.apply(row);
                setTooltip(tip == null ? null : new Tooltip(tip));
                String style = empty || row == null ? null : mark.apply(row);
                if (style != null) {
                    getStyleClass().add(style);
                }
            }
        });
    }
}
