package com.custodia.cli;

import com.custodia.casefile.ReviewNotesFile;
import com.custodia.service.casefile.CaseReviewService;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code custodia case import-review FILE}: attaches the review notes beside a case file to the case in the workspace. */
@Command(name = "import-review", mixinStandardHelpOptions = true,
        header = "Attach a reviewer's notes to the case in the workspace; recorded in the security log.",
        description = {"Signs in as --user OPERATOR (privacy officer). The case file must be one this workspace "
                + "sealed, and the notes must be about that exact file; notes imported before are kept once."})
final class CaseImportReviewCommand implements Callable<Integer> {

    @ParentCommand
    CaseCommand parent;

    @Parameters(index = "0", paramLabel = "FILE", description = "The case file the notes are about.")
    Path file;

    @Option(names = "--review", paramLabel = "FILE", description = "The review notes (default: FILE.review.json).")
    Path review;

    @Override
    public Integer call() {
        CustodiaCommand global = parent.global;
        Path notes = review != null ? review : ReviewNotesFile.beside(file);
        return new Connector(global).asOperator("case import-review", (services, principal) -> {
            CaseReviewService.Imported imported;
            try {
                imported = services.caseReviews().importReview(principal, file, notes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            PrintWriter out = global.context().out();
            out.println("Case " + imported.caseKind() + " " + imported.caseId() + ": " + imported.added()
                    + " review notes attached" + (imported.alreadyThere() > 0 ? ", " + imported.alreadyThere()
                    + " were already there" : ""));
            out.flush();
            return ExitCodes.OK;
        });
    }
}
