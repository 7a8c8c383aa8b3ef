package com.custodia.cli;

import com.custodia.casefile.CaseFileReader;
import com.custodia.casefile.OpenedCase;
import com.custodia.casefile.ReviewNotes;
import com.custodia.casefile.ReviewNotesFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code custodia case review FILE --item ITEM --decision D --note TEXT --reviewer NAME}: a reviewer's
 * note on one item, written to {@code FILE.review.json} beside the case file, which stays untouched.
 */
@Command(name = "review", sortOptions = false, mixinStandardHelpOptions = true,
        header = "Write a review note on one item of a case file into the review file beside it.",
        description = {"Needs no workspace. The case file is verified first and never changed; the note goes to "
                + "FILE.review.json, replacing the same reviewer's earlier note on the same item."})
final class CaseReviewCommand implements Callable<Integer> {

    @ParentCommand
    CaseCommand parent;

    @Parameters(index = "0", paramLabel = "FILE", description = "The case file.")
    Path file;

    @Option(names = "--item", required = true, paramLabel = "ITEM",
            description = "case, ledger:SEQ, or a payload entry such as payload/report.pdf.")
    String item;

    @Option(names = "--decision", required = true, paramLabel = "DECISION",
            description = "accepted, questioned, rejected or noted.")
    String decision;

    @Option(names = "--note", paramLabel = "TEXT", description = "What the reviewer has to say.")
    String note;

    @Option(names = "--reviewer", required = true, paramLabel = "NAME", description = "Who writes the note.")
    String reviewer;

    @Override
    public Integer call() throws IOException {
        ReviewNotes.Decision d = ReviewNotes.Decision.parse(decision);
        try (OpenedCase opened = new CaseFileReader(parent.trust()).open(file, null)) {
            checkItem(opened);
            Path target = ReviewNotesFile.beside(file);
            ReviewNotes notes = ReviewNotesFile.read(target).orElse(ReviewNotes.empty(opened));
            if (!notes.manifestSha256().equalsIgnoreCase(opened.manifestSha256())) {
                throw new IllegalArgumentException("The review file beside the case is about another sealing of it; "
                        + "move it away first.");
            }
            notes = notes.with(new ReviewNotes.Note(item, d, note, reviewer,
                    parent.global.context().clock().instant().toString()));
            ReviewNotesFile.write(target, notes);
            PrintWriter out = parent.global.context().out();
            out.println("Note on " + item + " (" + d.name().toLowerCase(java.util.Locale.ROOT) + ") written to "
                    + target.toAbsolutePath().normalize());
            out.flush();
            return ExitCodes.OK;
        }
    }

    private void checkItem(OpenedCase opened) {
        boolean known = item.equals("case")
                || opened.manifest().entries().stream().anyMatch(e -> e.name().equals(item))
                || opened.ledgerEntries().stream().anyMatch(e -> item.equals("ledger:" + e.seq()));
        if (!known) {
            throw new IllegalArgumentException("The case has no item '" + item + "': use case, ledger:SEQ for one of "
                    + "its ledger entries, or one of its payload entries.");
        }
    }
}
