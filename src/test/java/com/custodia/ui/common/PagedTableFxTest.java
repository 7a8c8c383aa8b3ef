package com.custodia.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A real table over a million rows, headless: it shows the right rows wherever it is scrolled. */
@ExtendWith(ApplicationExtension.class)
class PagedTableFxTest {

    private static final int MILLION = 1_000_000;

    private final CountingSource<String> source = CountingSource.named(MILLION);
    private FxTaskExecutor executor;
    private PagedRows<String> rows;
    private TableView<String> table;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        executor = new FxTaskExecutor();
        rows = new PagedRows<>(executor, "load rows");
        table = new TableView<>();
        TableColumn<String, String> name = new TableColumn<>("Name");
        name.setCellValueFactory(PagedTables.text(row -> row));
        name.setPrefWidth(300);
        table.getColumns().add(name);
        PagedTables.bind(table, rows);
        rows.setSource(source);
        stage.setScene(new Scene(table, 420, 600));
        stage.show();
    }

    @AfterEach
    void close() {
        executor.close();
    }

    @Test
    void aMillionRowTableShowsTheRightRowsAtTheTopInTheMiddleAndAtTheEnd(FxRobot robot) throws TimeoutException {
        waitUntilShown(robot, 0);
        assertThat(shownRows(robot)).containsEntry(0, "Row 0").containsEntry(1, "Row 1");

        robot.interact(() -> rows.jumpTo(500_000));
        waitUntilShown(robot, 500_000);
        assertEveryShownRowIsItsOwn(robot);

        robot.interact(() -> rows.jumpTo(MILLION - 1));
        waitUntilShown(robot, MILLION - 1);
        assertEveryShownRowIsItsOwn(robot);

        assertThat(source.calls()).as("only the pages that were on screen")
                .allMatch(from -> from == 0 || (from >= 499_900 && from <= 500_000) || from >= 999_800);
        assertThat(rows.cachedPageCount()).isLessThanOrEqualTo(PagedRows.DEFAULT_CACHED_PAGES);
    }

    @Test
    void aRowSelectedWhileItIsBeingFetchedStaysSelectedAndBecomesTheSelectedItem(FxRobot robot) throws TimeoutException {
        ManualTaskExecutor held = new ManualTaskExecutor();
        PagedRows<String> slow = new PagedRows<>(held, "load rows");
        List<String> selected = new CopyOnWriteArrayList<>();
        robot.interact(() -> {
            slow.setSource(CountingSource.named(MILLION));
            table.setItems(slow);
            table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> selected.add(now));
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> held.pending() > 0);

        robot.interact(() -> table.getSelectionModel().select(3));
        assertThat(table.getSelectionModel().getSelectedItem()).isNull();
        robot.interact(held::runAll);
        waitUntilShown(robot, 3);

        assertThat(table.getSelectionModel().getSelectedIndex()).isEqualTo(3);
        assertThat(selected).containsExactly("Row 3");
    }

    @Test
    void draggingAcrossTheWholeTableFetchesOnlyWhereItStops(FxRobot robot) throws TimeoutException {
        // fetches wait until the drag is over, as they would behind a slow database
        ManualTaskExecutor held = new ManualTaskExecutor();
        PagedRows<String> slow = new PagedRows<>(held, "load rows");
        CountingSource<String> counted = CountingSource.named(MILLION);
        robot.interact(() -> {
            slow.setSource(counted);
            PagedTables.bind(table, slow);
            for (int row = 0; row < MILLION; row += 5_000) {
                table.scrollTo(row);
                table.layout();
            }
            slow.jumpTo(987_654);
            table.layout();
            held.runAll();
        });

        waitUntilShown(robot, 987_654);
        assertEveryShownRowIsItsOwn(robot);
        assertThat(counted.calls()).as("200 positions passed; only the newest waiting fetches ran")
                .hasSizeLessThanOrEqualTo(PagedRows.MAX_WAITING).contains(987_600);
    }

    @Test
    void aNewSourceReplacesEveryRowShown(FxRobot robot) throws TimeoutException {
        waitUntilShown(robot, 0);

        robot.interact(() -> rows.setSource(new CountingSource<>(3, i -> "Found " + i)));
        Map<Integer, String> found = Map.of(0, "Found 0", 1, "Found 1", 2, "Found 2");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> found.equals(shownRows(robot)));

        assertThat(shownRows(robot)).isEqualTo(found);
    }

    private void waitUntilShown(FxRobot robot, int index) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ("Row " + index).equals(shownRows(robot).get(index)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void assertEveryShownRowIsItsOwn(FxRobot robot) {
        Map<Integer, String> shown = shownRows(robot);
        assertThat(shown).hasSizeGreaterThan(10);
        shown.forEach((index, text) -> assertThat(text).isEqualTo("Row " + index));
    }

    /** The text of each row on screen, by row number. */
    private Map<Integer, String> shownRows(FxRobot robot) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            Map<Integer, String> shown = new TreeMap<>();
            for (TableRow<?> row : robot.lookup(".table-row-cell").queryAllAs(TableRow.class)) {
                if (row.isVisible() && !row.isEmpty() && row.getIndex() >= 0) {
                    List<String> cells = row.lookupAll(".table-cell").stream()
                            .map(node -> ((TableCell<?, ?>) node).getText()).toList();
                    shown.put(row.getIndex(), cells.isEmpty() ? null : cells.get(0));
                }
            }
            return shown;
        }));
    }
}
