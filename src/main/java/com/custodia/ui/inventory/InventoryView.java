package com.custodia.ui.inventory;

import com.custodia.ui.common.NoticeLabels;
import com.custodia.ui.common.ScreenView;
import com.custodia.ui.common.ViewLoader;
import com.custodia.ui.common.WrappedTextCells;
import java.text.NumberFormat;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Code-behind of {@code fxml/inventory/Inventory.fxml}: the categories in a table whose long
 * texts wrap, and a refresh that counts the rows again.
 */
public final class InventoryView implements ScreenView {

    private final InventoryViewModel model;
    private final NumberFormat numbers;
    private final Parent root;

    @FXML private Button refreshButton;
    @FXML private Node countingBar;
    @FXML private Label notice;
    @FXML private Label summary;
    @FXML private TableView<InventoryRow> categoriesTable;
    @FXML private TableColumn<InventoryRow, String> categoryColumn;
    @FXML private TableColumn<InventoryRow, String> holdsColumn;
    @FXML private TableColumn<InventoryRow, String> storedColumn;
    @FXML private TableColumn<InventoryRow, String> rowsColumn;
    @FXML private TableColumn<InventoryRow, String> rolesColumn;
    @FXML private TableColumn<InventoryRow, String> purposeColumn;

    public InventoryView(InventoryViewModel model, ViewLoader views) {
        this.model = model;
        this.numbers = NumberFormat.getIntegerInstance(views.bundle(InventoryScreen.FEATURE).getLocale());
        this.root = views.load(InventoryScreen.FEATURE, "Inventory", this);
    }

    @FXML
    private void initialize() {
        refreshButton.disableProperty().bind(model.loadingProperty());
        NoticeLabels.showWhen(countingBar, model.loadingProperty());
        NoticeLabels.bind(notice, model.notice(), true);
        summary.textProperty().bind(model.summaryProperty());
        categoriesTable.setItems(model.rows());
        wrapping(categoryColumn, InventoryRow::category);
        wrapping(holdsColumn, InventoryRow::holds);
        wrapping(storedColumn, InventoryRow::storedIn);
        wrapping(rowsColumn, r -> numbers.format(r.rows()));
        rowsColumn.getStyleClass().add("inventory-count");
        wrapping(rolesColumn, InventoryRow::roles);
        wrapping(purposeColumn, InventoryRow::purpose);
    }

    /** Cells whose text wraps to the column's width, so a row grows instead of cutting its text off. */
    private static void wrapping(TableColumn<InventoryRow, String> column, Function<InventoryRow, String> value) {
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue())));
        WrappedTextCells.install(column, "inventory-text", "inventory-cell");
    }

    // ---------------------------------------------------------------- Handlers

    @FXML private void onRefresh() { model.refresh(); }

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
