package com.custodia.cli;

import com.custodia.service.people.PersonFilter;
import com.custodia.service.people.PersonHit;
import com.custodia.service.people.PersonRow;
import com.custodia.service.people.PersonSearch;
import com.custodia.service.people.PersonSearchResult;
import com.custodia.service.people.SearchField;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code custodia persons search TEXT}: the People screen's search-as-you-type on the command
 * line, as a table of the best matches, cut to what the operator's roles may see.
 */
@Command(name = "search", sortOptions = false, mixinStandardHelpOptions = true,
        header = "Find persons by name, company, email, phone or license key.",
        description = {
            "Signs in as --user OPERATOR (the password comes from CUSTODIA_PASSWORD or a prompt). A person matches "
                    + "when the whole TEXT is the start of one of their fields (\"acme soft\" finds Acme Softworks) "
                    + "or every word is the start of one of them (\"anna mül\" finds Anna Müller). Case and accents "
                    + "do not matter; phone numbers compare by digits (from 3), license keys without dashes (from 4 "
                    + "characters).",
            "Operators who may see names only find persons by name and see no contact data; license keys are "
                    + "masked unless the operator's role may see them. Exit 0 also when nobody matches."})
final class PersonsSearchCommand implements Callable<Integer> {

    private static final int NAME_WIDTH = 32;
    private static final int COMPANY_WIDTH = 28;
    private static final int EMAIL_WIDTH = 36;
    private static final String RESTRICTED = "(restricted)";

    @ParentCommand
    PersonsCommand persons;

    @Parameters(arity = "1..*", paramLabel = "TEXT", description = "What to look for; several words may be given.")
    List<String> words;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
            description = "Show at most N persons (1 to " + PersonSearch.MAX_LIMIT + ", default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() {
        String text = String.join(" ", words).strip();
        if (text.isEmpty()) {
            throw new CommandFailure(ExitCodes.USAGE, "Give the text to search for, e.g. persons search \"anna mül\".");
        }
        if (limit < 1 || limit > PersonSearch.MAX_LIMIT) {
            throw new CommandFailure(ExitCodes.USAGE, "--limit must be between 1 and " + PersonSearch.MAX_LIMIT
                    + ", not " + limit + ".");
        }
        CustodiaCommand global = persons.global;
        return new Connector(global).asOperator("persons search", (services, principal) -> {
            PersonSearchResult result = services.personSearch().search(principal, text, PersonFilter.NONE, limit);
            PrintWriter out = global.context().out();
            if (result.hits().isEmpty()) {
                out.println("No persons match.");
            } else {
                print(out, result);
            }
            out.flush();
            return ExitCodes.OK;
        });
    }

    private static void print(PrintWriter out, PersonSearchResult result) {
        boolean keys = result.hits().stream().anyMatch(h -> h.matchedOn() == SearchField.LICENSE_KEY);
        List<String[]> lines = new ArrayList<>();
        lines.add(keys ? new String[] {"ID", "NAME", "COMPANY", "EMAIL", "LICENSE KEY"}
                : new String[] {"ID", "NAME", "COMPANY", "EMAIL"});
        for (PersonHit hit : result.hits()) {
            PersonRow row = hit.row();
            String company = row.restricted() ? RESTRICTED : cut(row.company(), COMPANY_WIDTH);
            String email = row.restricted() ? RESTRICTED : cut(row.email(), EMAIL_WIDTH);
            String name = cut(row.displayName(), NAME_WIDTH);
            lines.add(keys ? new String[] {Long.toString(row.id()), name, company, email, orEmpty(hit.licenseKey())}
                    : new String[] {Long.toString(row.id()), name, company, email});
        }
        int[] widths = new int[lines.get(0).length];
        for (String[] line : lines) {
            for (int i = 0; i < line.length; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        for (String[] line : lines) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < line.length; i++) {
                if (i > 0) {
                    sb.append("  ");
                }
                sb.append(line[i]);
                if (i < line.length - 1) {
                    sb.append(" ".repeat(widths[i] - line[i].length()));
                }
            }
            out.println(sb.toString().stripTrailing());
        }
        int n = result.hits().size();
        out.println(result.more()
                ? n + " shown; more persons match. Type more of the name, or raise --limit."
                : n + (n == 1 ? " person." : " persons."));
    }

    private static String cut(String value, int width) {
        if (value == null) {
            return "";
        }
        return value.length() <= width ? value : value.substring(0, width - 1) + "…";
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
