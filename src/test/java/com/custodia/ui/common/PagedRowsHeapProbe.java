package com.custodia.ui.common;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

/**
 * Not a test: measures the heap a table over a million rows holds, with a few pages loaded, and
 * what the same rows cost fully loaded. Run headless (the surefire system properties) with
 * {@code java -cp target/test-classes:target/classes:<dependencies> com.custodia.ui.common.PagedRowsHeapProbe}.
 */
public final class PagedRowsHeapProbe {

    private static int MILLION = 1_000_000;

    /** About the size of a person row of the People table: id and four short texts. */
    record Row(long id, String name, String email, String company, String country) {
        static Row of(int i) {
            return new Row(i, "Person Number " + i, "person." + i + "@example.com", "Company " + (i % 5000), "DE");
        }
    }

    private PagedRowsHeapProbe() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 1) {
            MILLION = Integer.parseInt(args[1]);
        }
        long bare = used();
        PagedRows<Row> alone = new PagedRows<>(new SyncTaskExecutor(), "load rows");
        alone.setSource(new CountingSource<>(MILLION, Row::of));
        for (int row = 0; row < MILLION; row += MILLION / 30) {
            alone.get(row);
        }
        System.out.printf(Locale.ROOT, "the list alone over %,d rows, %d pages cached: %.2f MB%n",
                MILLION, alone.cachedPageCount(), (used() - bare) / 1e6);
        alone.setSource(PageSource.empty());
        Platform.startup(() -> { });
        FxTaskExecutor executor = new FxTaskExecutor();
        long start = used();

        CountingSource<Row> source = new CountingSource<>(MILLION, Row::of);
        PagedRows<Row> rows = onFx(() -> {
            PagedRows<Row> list = new PagedRows<>(executor, "load rows");
            TableView<Row> table = new TableView<>();
            for (String name : List.of("name", "email", "company", "country")) {
                TableColumn<Row, String> column = new TableColumn<>(name);
                column.setCellValueFactory(PagedTables.text(r -> switch (name) {
                    case "name" -> r.name();
                    case "email" -> r.email();
                    case "company" -> r.company();
                    default -> r.country();
                }));
                table.getColumns().add(column);
            }
            PagedTables.bind(table, list);
            Stage stage = new Stage();
            stage.setScene(new Scene(table, 1000, 700));
            stage.show();
            return list;
        });
        Thread.sleep(500);
        long before = used();
        System.out.printf(Locale.ROOT, "an empty table shown: %.1f MB above the start%n", (before - start) / 1e6);
        onFx(() -> {
            rows.setSource(source);
            return null;
        });
        for (int row : new int[] {0, 250_000, 500_000, 750_000, MILLION - 1}) {
            onFx(() -> rows.jumpTo(row));
            Thread.sleep(500);
        }
        long shown = used();
        int pages = onFx(rows::cachedPageCount);
        System.out.printf(Locale.ROOT, "table over %,d rows, %d pages cached (%d fetched): %.1f MB above the start%n",
                MILLION, pages, source.calls().size(), (shown - before) / 1e6);

        if (args.length > 0) {
            Thread.sleep(Long.parseLong(args[0]));
        }
        // fill the cache to its limit by scrolling through many pages
        for (int row = 0; row < 60 * rows.pageSize(); row += rows.pageSize() / 2) {
            int r = row;
            onFx(() -> rows.jumpTo(r));
            Thread.sleep(20);
        }
        Thread.sleep(500);
        long full = used();
        System.out.printf(Locale.ROOT, "cache full, %d pages cached (%d fetched): %.1f MB above the start%n",
                onFx(rows::cachedPageCount), source.calls().size(), (full - before) / 1e6);

        List<Row> all = new ArrayList<>(MILLION);
        for (int i = 0; i < MILLION; i++) {
            all.add(Row.of(i));
        }
        long loaded = used();
        System.out.printf(Locale.ROOT, "for comparison, the same %,d rows all loaded: %.1f MB more%n",
                all.size(), (loaded - full) / 1e6);
        executor.close();
        Platform.exit();
    }

    private static long used() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(200);
        }
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return heap.getUsed();
    }

    private static <T> T onFx(Supplier<T> action) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }
}
