package com.custodia.ui.common;

import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;

/**
 * Table cells whose text wraps to the column's width, so a row grows instead of cutting its text
 * off: a cell's own wrapping does not make the row taller, a {@link Text} with a wrapping width does.
 */
public final class WrappedTextCells {

    private WrappedTextCells() {
    }

    /**
     * Gives the column wrapping cells.
     *
     * @param textStyle the style class of the text (a fill, not a text fill, as it is a Text node)
     * @param cellStyle a style class for the cell as well, or null
     */
    public static <S> void install(TableColumn<S, String> column, String textStyle, String cellStyle) {
        column.setCellFactory(c -> {
            Text text = new Text();
            text.getStyleClass().add(textStyle);
            text.wrappingWidthProperty().bind(column.widthProperty().subtract(18));
            TableCell<S, String> cell = new TableCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    text.setText(empty || item == null ? "" : item);
                    setGraphic(empty ? null : text);
                }
            };
            if (cellStyle != null) {
                cell.getStyleClass().add(cellStyle);
            }
            return cell;
        });
    }
}
