package com.custodia.service.bench;

import com.custodia.domain.Progress;
import com.custodia.domain.Role;
import com.custodia.persistence.Database;
import com.custodia.service.Services;
import com.custodia.service.auth.PasswordHasher;
import com.custodia.service.auth.Principal;
import com.custodia.service.people.PersonFilter;
import com.custodia.service.people.PersonListing;
import com.custodia.service.people.PersonListings;
import com.custodia.service.people.PersonSearch;
import com.custodia.service.people.PersonSort;
import com.custodia.service.people.Sql;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The People rows of {@code bench} (DESIGN.md section 9): search-as-you-type and the People
 * table over a temporary encrypted workspace filled with realistic persons, each figure beside
 * the raw engine running the very statements the service ran, through plain JDBC on one open
 * connection, so the difference is what the service adds (role check, parsing, connection from
 * the pool, transaction, masking, building rows). Searches and page reads are measured as a sales
 * representative, who sees contact data.
 */
public final class PeopleBench {

    /** Search results the box shows as the operator types. */
    static final int FIRST_RESULTS = 50;
    /** Rows a table shows at once. */
    static final int PAGE = 50;
    private static final long SEED = 20_260_301L;
    private static final int WARM_UP_QUERIES = 100;

    /**
     * What to measure.
     *
     * @param persons how many persons to fill the workspace with
     * @param queries typed prefixes to time (each also run once before, to warm up)
     * @param pages   pages read at random positions
     * @param parent  the folder to make the temporary workspace in, or null for the system's
     */
    public record Settings(int persons, int queries, int pages, Path parent) {
        public Settings {
            if (persons < 100 || queries < 10 || pages < 10) {
                throw new IllegalArgumentException("The people bench needs at least 100 persons, 10 queries and 10 "
                        + "pages.");
            }
        }
    }

    private final Clock clock;
    private final PasswordHasher hasher;
    private final String workstation;

    public PeopleBench(Clock clock, PasswordHasher hasher, String workstation) {
        this.clock = clock;
        this.hasher = hasher;
        this.workstation = workstation;
    }

    /** Fills, measures and deletes the workspace; returns the figures in table order. */
    public List<BenchFigure> run(Settings settings, Progress progress) {
        try (BenchWorkspace workspace = BenchWorkspace.create(settings.parent(), clock, hasher, workstation,
                progress)) {
            Services services = workspace.services();
            Principal sales = workspace.operator("bench-sales", Role.SALES_REPRESENTATIVE);
            PeopleFiller.fill(services.database(), settings.persons(), SEED, clock.instant(), progress);
            List<BenchFigure> figures = new ArrayList<>(search(services, sales, settings, progress));
            figures.addAll(listing(services, sales, settings, progress));
            figures.addAll(AudienceBench.measure(services, sales, progress));
            return figures;
        }
    }

    // ---------------------------------------------------------------- Search

    /**
     * Each typed prefix through the service, then its statements raw. The service goes first, on
     * pages nobody read yet; the raw side reads what the service just read, so the ratio errs
     * against the service. A separate set of prefixes warms both up first.
     */
    private List<BenchFigure> search(Services services, Principal sales, Settings settings, Progress progress) {
        List<String> warmUp = TypedQueries.draw(services.database(), WARM_UP_QUERIES, SEED + 1);
        List<String> queries = TypedQueries.draw(services.database(), settings.queries(), SEED);
        PersonSearch search = services.personSearch();
        double[] service = new double[queries.size()];
        double[] raw = new double[queries.size()];
        try (Connection c = services.database().dataSource().getConnection()) {
            progress.update(-1, "Warming up search with " + warmUp.size() + " other typed prefixes");
            for (String query : warmUp) {
                runRaw(c, search.trace(sales, query, PersonFilter.NONE, FIRST_RESULTS).statements());
            }
            progress.update(-1, "Timing " + queries.size() + " searches and the same statements on the raw engine");
            for (int i = 0; i < queries.size(); i++) {
                long t0 = System.nanoTime();
                List<Sql> statements = search.trace(sales, queries.get(i), PersonFilter.NONE, FIRST_RESULTS)
                        .statements();
                long t1 = System.nanoTime();
                runRaw(c, statements);
                long t2 = System.nanoTime();
                service[i] = (t1 - t0) / 1e6;
                raw[i] = (t2 - t1) / 1e6;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The raw side of the search bench failed: " + e.getMessage(), e);
        }
        return List.of(
                millis("people.search.p50", percentile(service, 50), percentile(raw, 50), null),
                millis("people.search.p95", percentile(service, 95), percentile(raw, 95),
                        "≤ 50 ms, first 50 of 1,000,000"));
    }

    // ---------------------------------------------------------------- The People table

    private List<BenchFigure> listing(Services services, Principal sales, Settings settings, Progress progress) {
        Database database = services.database();
        PersonListings listings = services.personListings();
        Sql snapshot = PersonListings.snapshotSql(PersonFilter.NONE, PersonSort.NAME);
        double open = Double.MAX_VALUE;
        double rawOpen = Double.MAX_VALUE;
        PersonListing listing = null;
        double firstRows = Double.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            long f0 = System.nanoTime();
            listings.firstRows(sales, PersonFilter.NONE, PersonSort.NAME, PAGE);
            firstRows = Math.min(firstRows, (System.nanoTime() - f0) / 1e6);
        }
        try (Connection c = database.dataSource().getConnection()) {
            for (int round = 1; round <= 2; round++) {
                progress.update(-1, "Opening the People table over " + settings.persons() + " persons, run " + round
                        + " of 2");
                listing = null;
                long t0 = System.nanoTime();
                listing = listings.open(sales, null, PersonFilter.NONE, PersonSort.NAME);
                long t1 = System.nanoTime();
                int rawSize = rawSnapshot(c, snapshot);
                long t2 = System.nanoTime();
                if (rawSize != listing.size() || listing.size() < settings.persons()) {
                    throw new IllegalStateException("The listing holds " + listing.size() + " persons, the raw "
                            + "snapshot " + rawSize + "; the bench filled " + settings.persons() + ".");
                }
                open = Math.min(open, (t1 - t0) / 1e9);
                rawOpen = Math.min(rawOpen, (t2 - t1) / 1e9);
            }
            int size = listing.size();
            int[] fixed = {0, size / 2, Math.max(0, size - PAGE)};
            double[][] fixedTimes = new double[2][3];
            for (int i = 0; i < fixed.length; i++) {
                double[] t = timePage(c, listing, fixed[i]);
                fixedTimes[0][i] = t[0];
                fixedTimes[1][i] = t[1];
            }
            progress.update(-1, "Reading " + settings.pages() + " pages at random positions");
            Random random = new Random(SEED);
            double[] service = new double[settings.pages()];
            double[] raw = new double[settings.pages()];
            for (int i = 0; i < settings.pages(); i++) {
                double[] t = timePage(c, listing, random.nextInt(Math.max(1, size - PAGE)));
                service[i] = t[0];
                raw[i] = t[1];
            }
            double heap = usedHeapMegabytes();
            // the listing is what the heap figure measures: keep it reachable until after the count
            if (listing.size() != size) {
                throw new IllegalStateException("listing changed");
            }
            return List.of(
                    new BenchFigure("people.list.first", firstRows, "ms", null, null, null),
                    new BenchFigure("people.list.open", open, "s", rawOpen, null, rawOpen > 0 ? open / rawOpen : null),
                    millis("people.list.page.start", fixedTimes[0][0], fixedTimes[1][0], null),
                    millis("people.list.page.middle", fixedTimes[0][1], fixedTimes[1][1], null),
                    millis("people.list.page.end", fixedTimes[0][2], fixedTimes[1][2], null),
                    millis("people.list.page.p95", percentile(service, 95), percentile(raw, 95),
                            "≤ 100 ms at any position"),
                    new BenchFigure("people.list.heap", heap, "MB", null, "≤ 300 MB with the table open", null));
        } catch (SQLException e) {
            throw new IllegalStateException("The raw side of the listing bench failed: " + e.getMessage(), e);
        }
    }

    /** One page through the listing, then the same statement raw: milliseconds of each. */
    private static double[] timePage(Connection c, PersonListing listing, int from) throws SQLException {
        Sql sql = listing.pageSql(from, PAGE);
        long t0 = System.nanoTime();
        listing.page(from, PAGE);
        long t1 = System.nanoTime();
        runRaw(c, List.of(sql));
        long t2 = System.nanoTime();
        return new double[] {(t1 - t0) / 1e6, (t2 - t1) / 1e6};
    }

    // ---------------------------------------------------------------- Raw engine

    /** Runs the statements with plain JDBC and reads every column of every row. */
    private static void runRaw(Connection c, List<Sql> statements) throws SQLException {
        for (Sql sql : statements) {
            try (PreparedStatement ps = c.prepareStatement(sql.text())) {
                bind(ps, sql);
                try (ResultSet rs = ps.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            rs.getString(i);
                        }
                    }
                }
            }
        }
    }

    /** The snapshot statement streamed into a growing array, as the engine does it best (H2 lazily). */
    private static int rawSnapshot(Connection c, Sql sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("SET LAZY_QUERY_EXECUTION TRUE");
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement(sql.text())) {
            bind(ps, sql);
            ps.setFetchSize(10_000);
            long[] ids = new long[1 << 14];
            int n = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (n == ids.length) {
                        ids = Arrays.copyOf(ids, n * 2);
                    }
                    ids[n++] = rs.getLong(1);
                }
            }
            c.commit();
            return n;
        } finally {
            c.setAutoCommit(auto);
            try (Statement st = c.createStatement()) {
                st.execute("SET LAZY_QUERY_EXECUTION FALSE");
            }
        }
    }

    private static void bind(PreparedStatement ps, Sql sql) throws SQLException {
        int i = 1;
        for (Object parameter : sql.parameters()) {
            ps.setObject(i++, parameter);
        }
    }

    // ---------------------------------------------------------------- Figures

    private static BenchFigure millis(String name, double ms, double rawMs, String target) {
        return new BenchFigure(name, ms, "ms", rawMs, target, rawMs > 0 ? ms / rawMs : null);
    }

    static double percentile(double[] values, int percent) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** Heap in use after collection, with everything the process holds (H2's caches included). */
    private static double usedHeapMegabytes() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return (runtime.totalMemory() - runtime.freeMemory()) / (1024.0 * 1024.0);
    }
}
