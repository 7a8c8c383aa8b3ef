package com.custodia.cli;

import com.custodia.service.bench.AccessReportBench;
import com.custodia.service.bench.BenchFigure;
import com.custodia.service.bench.ImportBench;
import com.custodia.service.bench.LedgerBench;
import com.custodia.service.bench.PeopleBench;
import com.custodia.service.bench.StartupBench;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code custodia bench}: the performance table of DESIGN.md section 9, each figure beside the raw
 * engine doing the same work in the same run. It makes its own temporary workspace, so it needs
 * no --workspace, no secrets and no sign-in, and it reports numbers without judging them: the
 * exit code says only whether the measurements ran.
 */
@Command(name = "bench", sortOptions = false, mixinStandardHelpOptions = true,
        header = "Measure the performance table (DESIGN.md section 9) against the raw engine.",
        description = {
            "Creates a temporary encrypted workspace (deleted afterwards) and measures, in the same run: ledger "
                    + "appends through the ledger service beside plain JDBC inserts with the same commit and "
                    + "checkpoint per entry; and ledger verify over --entries entries beside plain JDBC reading "
                    + "and hashing the same rows (best of two runs each).",
            "Then it fills another temporary workspace with --persons realistic persons and measures, beside the "
                    + "same statements run through plain JDBC: search-as-you-type (first 50 results of a few hundred "
                    + "typed prefixes of names, companies, emails, phone numbers and license keys; p50 and p95), "
                    + "opening the People table over everyone, reading a page of it at the start, middle, end and "
                    + "at random positions (p95), and the heap in use with the table open.",
            "Import: a generated CSV of --persons persons through the person import, beside plain JDBC batches "
                    + "inserting the same rows into a table of the same columns and search indexes with the same "
                    + "index strategy, in a second temporary workspace.",
            "Access report: one person with --report-visits web visits and --report-disclosures ledger entries; "
                    + "the report built from the data inventory and written as JSON and PDF, beside plain JDBC "
                    + "reading the same rows (best of two runs)."})
final class BenchCommand implements Callable<Integer> {

    /** Typed prefixes timed for search-as-you-type, and pages read at random positions. */
    private static final int PEOPLE_QUERIES = 300;
    private static final int PEOPLE_PAGES = 200;

    @ParentCommand
    CustodiaCommand global;

    @Option(names = "--persons", paramLabel = "N", defaultValue = "1000000",
            description = "Persons the People rows and the import row are measured over (default: ${DEFAULT-VALUE}).")
    int persons;

    @Option(names = "--entries", paramLabel = "N", defaultValue = "1000000",
            description = "Size of the ledger that is verified (default: ${DEFAULT-VALUE}).")
    long entries;

    @Option(names = "--appends", paramLabel = "N", defaultValue = "5000",
            description = "Appends to time, and as many raw inserts (default: ${DEFAULT-VALUE}).")
    int appends;

    @Option(names = "--report-visits", paramLabel = "N", defaultValue = "10000",
            description = "Web visits of the person whose access report is timed (default: ${DEFAULT-VALUE}).")
    int reportVisits;

    @Option(names = "--report-disclosures", paramLabel = "N", defaultValue = "1000",
            description = "Ledger entries about that person (default: ${DEFAULT-VALUE}).")
    int reportDisclosures;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Where to make the temporary workspace (default: the system's temporary folder); "
                    + "measure on the disk the workspaces live on.")
    Path dir;

    @Option(names = "--tsv", description = "One line per figure: name, value, unit, raw-engine value, tab-separated.")
    boolean tsv;

    @Override
    public Integer call() {
        CliContext context = global.context();
        PeopleBench.Settings people = new PeopleBench.Settings(persons, PEOPLE_QUERIES, PEOPLE_PAGES, dir);
        ProgressPrinter progress = new ProgressPrinter(context.err());
        LedgerBench bench = new LedgerBench(context.clock(), context.hasher().get(), context.workstation().get());
        List<BenchFigure> figures = new ArrayList<>(bench.run(new LedgerBench.Settings(appends, entries, 2, dir),
                progress));
        figures.addAll(new PeopleBench(context.clock(), context.hasher().get(), context.workstation().get())
                .run(people, progress));
        figures.addAll(new ImportBench(context.clock(), context.hasher().get(), context.workstation().get())
                .run(persons, dir, progress));
        figures.addAll(new AccessReportBench(context.clock(), context.hasher().get(), context.workstation().get())
                .run(reportVisits, reportDisclosures, dir, progress));
        Optional<String> noWindow = StartupBench.unavailable();
        if (noWindow.isEmpty()) {
            figures.addAll(new StartupBench(context.clock(), context.hasher().get(), context.workstation().get())
                    .run(dir, progress));
        }
        PrintWriter out = context.out();
        if (tsv) {
            figures.forEach(f -> out.println(f.name() + "\t" + number(f.value()) + "\t" + f.unit() + "\t"
                    + (f.rawValue() == null ? "" : number(f.rawValue()))));
            noWindow.ifPresent(why -> context.err().println("startup.login not measured: " + why));
        } else {
            printTable(out, figures);
            noWindow.ifPresent(why -> out.println("startup.login (≤ 2 s to the login window) not measured: " + why));
        }
        out.flush();
        return ExitCodes.OK;
    }

    private void printTable(PrintWriter out, List<BenchFigure> figures) {
        out.printf(Locale.ROOT, "Ledger: %,d appends; verify over %,d entries. People and import: %,d persons%n", appends,
                entries, persons);
        String format = "%-24s %14s %-10s %14s  %-32s %7s%n";
        out.printf(Locale.ROOT, format, "name", "value", "unit", "raw engine", "target", "ratio");
        for (BenchFigure f : figures) {
            out.printf(Locale.ROOT, format, f.name(), number(f.value()), f.unit(),
                    f.rawValue() == null ? "-" : number(f.rawValue()), f.target() == null ? "" : f.target(),
                    f.ratio() == null ? "-" : String.format(Locale.ROOT, "%.2f", f.ratio()));
        }
        out.println("ratio: Custodia's time over the raw engine's time for the same work (1.00 = as fast).");
    }

    /** Seconds with three decimals, rates as whole numbers; never a locale's separators, for scripts. */
    private static String number(double value) {
        return Math.abs(value) < 100 ? String.format(Locale.ROOT, "%.3f", value) : String.format(Locale.ROOT, "%.0f", value);
    }
}
