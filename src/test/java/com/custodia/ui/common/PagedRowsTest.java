package com.custodia.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

class PagedRowsTest {

    private static final int MILLION = 1_000_000;

    private final SyncTaskExecutor sync = new SyncTaskExecutor();
    private final ManualTaskExecutor manual = new ManualTaskExecutor();

    private static <T> PagedRows<T> rows(TaskExecutor executor, PageSource<T> source) {
        PagedRows<T> rows = new PagedRows<>(executor, "load rows", 100, 10);
        rows.setSource(source);
        return rows;
    }

    /** What a table with a window of {@code visible} rows reads when it shows row {@code top} first. */
    private static void show(PagedRows<?> rows, int top, int visible) {
        for (int i = top; i < Math.min(rows.size(), top + visible); i++) {
            rows.get(i);
        }
    }

    // ---------------------------------------------------------------- Size and fetching

    @Test
    void aMillionRowsAreAMillionLongListBeforeAnyPageIsFetched() {
        CountingSource<String> source = CountingSource.named(MILLION);

        PagedRows<String> rows = rows(sync, source);

        assertThat(rows).hasSize(MILLION);
        assertThat(source.calls()).isEmpty();
        assertThat(rows.cachedPageCount()).isZero();
    }

    @Test
    void readingARowFetchesItsPageOnceForEveryRowOfThePage() {
        CountingSource<String> source = CountingSource.named(MILLION);
        PagedRows<String> rows = rows(sync, source);

        assertThat(rows.get(0)).isEqualTo("Row 0");
        assertThat(rows.get(99)).isEqualTo("Row 99");
        assertThat(rows.get(100)).isEqualTo("Row 100");

        assertThat(source.calls()).containsExactly(0, 100);
    }

    @Test
    void scrollingToTheMiddleAndTheEndFetchesOnlyThePagesSeen() {
        CountingSource<String> source = CountingSource.named(MILLION);
        PagedRows<String> rows = rows(sync, source);

        show(rows, 0, 30);
        show(rows, 499_990, 30);
        show(rows, MILLION - 30, 30);

        assertThat(rows.get(MILLION - 1)).isEqualTo("Row 999999");
        assertThat(source.calls()).containsExactly(0, 499_900, 500_000, 999_900);
    }

    @Test
    void onlyTheMostRecentlyReadPagesAreKept() {
        CountingSource<String> source = CountingSource.named(MILLION);
        PagedRows<String> rows = rows(sync, source);

        for (int top = 0; top < 4_970; top += 25) {
            show(rows, top, 30);
        }
        assertThat(rows.cachedPageCount()).isEqualTo(10);
        int fetched = source.calls().size();
        assertThat(fetched).as("each of the 50 pages once, while scrolling down").isEqualTo(50);

        show(rows, 4_100, 30);
        assertThat(source.calls()).as("a recently read page is still held").hasSize(fetched);
        show(rows, 0, 30);
        assertThat(source.calls()).as("the first page was dropped long ago").hasSize(fetched + 1).endsWith(0);
        assertThat(rows.cachedPageCount()).isEqualTo(10);
    }

    @Test
    void aShortLastPageAsksOnlyForTheRowsThereAre() {
        List<int[]> asked = new ArrayList<>();
        PagedRows<Integer> rows = rows(sync, new PageSource<>() {
            @Override public int size() { return 250; }

            @Override
            public List<Integer> page(int from, int count) {
                asked.add(new int[] {from, count});
                return IntStream.range(from, from + count).boxed().toList();
            }
        });

        assertThat(rows.get(249)).isEqualTo(249);
        assertThat(asked).containsExactly(new int[] {200, 50});
    }

    @Test
    void rowsTheSourceNoLongerHasStayBlank() {
        PagedRows<String> rows = rows(sync, PageSource.of(100, (from, count) -> List.of("only")));

        assertThat(rows.get(0)).isEqualTo("only");
        assertThat(rows.get(50)).isNull();
    }

    // ---------------------------------------------------------------- Placeholders and coalescing

    @Test
    void aRowIsNullUntilItsPageArrivesAndThenItsPlaceholderIsUpdated() {
        CountingSource<String> source = CountingSource.named(MILLION);
        PagedRows<String> rows = rows(manual, source);
        List<String> changes = new ArrayList<>();
        rows.addListener((ListChangeListener<String>) c -> {
            while (c.next()) {
                changes.add((c.wasUpdated() ? "updated " : "other ") + c.getFrom() + ".." + c.getTo());
            }
        });

        assertThat(rows.get(500_010)).isNull();
        assertThat(rows.loadingProperty().get()).isTrue();
        manual.runAll();

        assertThat(rows.get(500_010)).isEqualTo("Row 500010");
        assertThat(changes).containsExactly("updated 500000..500100");
        assertThat(rows.loadingProperty().get()).isFalse();
    }

    @Test
    void aPageIsFetchedOnceWhileItsFetchIsInFlight() {
        CountingSource<String> source = CountingSource.named(MILLION);
        PagedRows<String> rows = rows(manual, source);

        show(rows, 0, 30);
        show(rows, 10, 30);
        assertThat(manual.pending()).isEqualTo(1);

        show(rows, 90, 30);
        assertThat(manual.pending()).as("rows 100 to 119 are on the next page").isEqualTo(2);
        manual.runAll();

        assertThat(source.calls()).containsExactly(0, 100);
        assertThat(rows.get(119)).isEqualTo("Row 119");
    }

    @Test
    void pagesScrolledPastWhileTheirFetchWaitsAreNotFetchedAndComeBackWhenReadAgain() {
        CountingSource<String> source = CountingSource.named(MILLION);
        PagedRows<String> rows = rows(manual, source);

        for (int page = 0; page < 20; page++) {
            rows.get(page * 10_000);
        }
        manual.runAll();

        assertThat(source.calls()).as("only the newest waiting fetches ran")
                .containsExactly(120_000, 130_000, 140_000, 150_000, 160_000, 170_000, 180_000, 190_000);
        assertThat(rows.get(0)).isNull();
        manual.runAll();
        assertThat(rows.get(0)).isEqualTo("Row 0");
    }

    // ---------------------------------------------------------------- A new source

    @Test
    void aNewSearchWhilePagesAreLoadingNeverShowsRowsOfTheOldOne() {
        CountingSource<String> old = CountingSource.named(MILLION);
        CountingSource<String> next = new CountingSource<>(500, i -> "New " + i);
        PagedRows<String> rows = rows(manual, old);
        show(rows, 0, 30);
        show(rows, 700_000, 30);

        rows.setSource(next);
        show(rows, 0, 30);
        manual.runAll();

        assertThat(rows).hasSize(500);
        assertThat(old.calls()).as("fetches not yet started are cancelled").isEmpty();
        assertThat(rows.get(0)).isEqualTo("New 0");
        assertThat(next.calls()).containsExactly(0);
    }

    @Test
    void rowsOfTheOldSourceArrivingAfterANewSearchAreDropped() {
        CountingSource<String> next = new CountingSource<>(300, i -> "New " + i);
        PagedRows<String> rows = new PagedRows<>(manual, "load rows", 100, 10);
        // the old query is running when the operator's new search replaces the source
        rows.setSource(new PageSource<>() {
            @Override public int size() { return MILLION; }

            @Override
            public List<String> page(int from, int count) {
                rows.setSource(next);
                return List.of("Old " + from);
            }
        });
        List<ListChangeListener.Change<? extends String>> changes = new ArrayList<>();
        rows.addListener((ListChangeListener<String>) changes::add);

        assertThat(rows.get(0)).isNull();
        manual.runAll();

        assertThat(rows).hasSize(300);
        assertThat(rows.get(0)).as("the old row was not put into the new list").isNull();
        manual.runAll();
        assertThat(rows.get(0)).isEqualTo("New 0");
        assertThat(next.calls()).containsExactly(0);
    }

    @Test
    void aNewSourceIsOneChangeRemovingEveryRowAndAddingTheNewOnes() {
        PagedRows<String> rows = rows(sync, CountingSource.named(MILLION));
        rows.get(0);
        List<String> changes = new ArrayList<>();
        rows.addListener((ListChangeListener<String>) c -> {
            while (c.next()) {
                changes.add("removed " + c.getRemovedSize() + " added " + c.getAddedSize());
            }
        });

        rows.setSource(CountingSource.named(42));

        assertThat(changes).containsExactly("removed 1000000 added 42");
        assertThat(rows.cachedPageCount()).isZero();
    }

    // ---------------------------------------------------------------- Jumping, failures, looking up

    @Test
    void jumpingToARowFetchesItsPageAndAsksTheTableToScrollThere() {
        CountingSource<String> source = CountingSource.named(MILLION);
        PagedRows<String> rows = rows(sync, source);
        List<PagedRows.Jump> jumps = new ArrayList<>();
        rows.jumpProperty().addListener((obs, was, now) -> jumps.add(now));

        assertThat(rows.jumpTo(765_432)).isEqualTo(765_432);
        assertThat(rows.jumpTo(765_432)).isEqualTo(765_432);
        assertThat(rows.jumpTo(5_000_000)).as("past the end is the last row").isEqualTo(MILLION - 1);

        assertThat(jumps).extracting(PagedRows.Jump::row).containsExactly(765_432, 765_432, MILLION - 1);
        assertThat(source.calls()).containsExactly(765_400, 999_900);
        assertThat(rows.peek(765_432)).isEqualTo("Row 765432");
    }

    @Test
    void jumpingInAnEmptyListDoesNothing() {
        PagedRows<String> rows = rows(sync, PageSource.empty());

        assertThat(rows.jumpTo(10)).isEqualTo(-1);
        assertThat(rows.jumpProperty().get()).isNull();
    }

    @Test
    void aFailedPageIsReportedAndNotAskedAgainUntilReloaded() {
        List<Integer> calls = new ArrayList<>();
        boolean[] broken = {true};
        PagedRows<String> rows = rows(sync, new PageSource<>() {
            @Override public int size() { return 1_000; }

            @Override
            public List<String> page(int from, int count) {
                calls.add(from);
                if (broken[0]) {
                    throw new IllegalStateException("The database connection was lost.");
                }
                return List.of("Row " + from);
            }
        });

        assertThat(rows.get(0)).isNull();
        assertThat(rows.get(1)).isNull();
        assertThat(rows.problem().getText()).isEqualTo("The database connection was lost.");
        assertThat(calls).containsExactly(0);

        broken[0] = false;
        rows.reload();

        assertThat(rows.problem().getText()).isEmpty();
        assertThat(rows.get(0)).isEqualTo("Row 0");
        assertThat(calls).containsExactly(0, 0);
    }

    @Test
    void lookingUpAndIteratingSeeOnlyLoadedPagesAndFetchNothing() {
        CountingSource<String> source = CountingSource.named(MILLION);
        PagedRows<String> rows = rows(sync, source);
        rows.get(500_123);

        assertThat(rows.indexOf("Row 500124")).isEqualTo(500_124);
        assertThat(rows.contains("Row 7")).as("not loaded, so not known").isFalse();
        long loaded = rows.stream().filter(r -> r != null).count();

        assertThat(loaded).isEqualTo(100);
        assertThat(source.calls()).containsExactly(500_100);
        assertThat(rows).isNotEqualTo(rows(sync, source));
    }

    @Test
    void theListCannotBeChangedFromOutside() {
        PagedRows<String> rows = rows(sync, CountingSource.named(10));

        assertThatThrownBy(() -> rows.add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> rows.set(0, "x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> rows.get(10)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
