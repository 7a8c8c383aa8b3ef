package com.custodia.ui.common;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.Callback;

/**
 * View helpers for a table over {@link PagedRows}: what a view calls once in its
 * {@code initialize()}.
 */
public final class PagedTables {

    /** What a cell of a row still being fetched shows. A mark, not a word, so it is not translated. */
    public static final String PLACEHOLDER = "\u2026";
    /** Style class giving the table a fixed row height in the stylesheet. */
    public static final String STYLE_CLASS = "paged-table";
    /**
     * Row height used when no stylesheet sets {@code -fx-fixed-cell-size}. A fixed height matters:
     * without it the table measures rows to estimate its length and, over a million rows, would
     * read (and so fetch) ever more of them.
     */
    private static final double FALLBACK_ROW_HEIGHT = 28;

    private PagedTables() {
    }

    /**
     * Shows the rows in the table: fixed row height, no sorting by column header (the order is
     * the source's: sorting is a new source), and scrolling to each {@link PagedRows#jumpTo} row.
     */
    public static <T> void bind(TableView<T> table, PagedRows<T> rows) {
        table.getStyleClass().add(STYLE_CLASS);
        if (table.getFixedCellSize() <= 0) {
            table.setFixedCellSize(FALLBACK_ROW_HEIGHT);
        }
        table.getColumns().forEach(column -> column.setSortable(false));
        table.setItems(rows);
        rows.jumpProperty().addListener((obs, was, now) -> {
            int count = table.getItems().size();
            if (now != null && now.row() < count) {
                // scrollTo puts the row at the top; asked for the very last row, JavaFX 21 stops one
                // row short of the end over a long list, while any earlier row brings the end in view
                table.scrollTo(now.row() == count - 1 ? Math.max(0, count - 2) : now.row());
            }
        });
    }

    /** A column's text from a loaded row, or {@link #PLACEHOLDER} while the row is being fetched. */
    public static <T> Callback<TableColumn.CellDataFeatures<T, String>, ObservableValue<String>> text(
            Function<T, String> value) {
        return features -> {
            T row = features.getValue();
            return new ReadOnlyStringWrapper(row == null ? PLACEHOLDER : value.apply(row));
        };
    }
}
