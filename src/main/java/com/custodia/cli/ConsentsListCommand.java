package com.custodia.cli;

import com.custodia.service.consent.ConsentService.ConsentView;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code custodia consents list PERSON_ID}: a person's consents, one block each, with status,
 * policy version and whether it needs re-confirmation. Reading is not a disclosure.
 */
@Command(name = "list", sortOptions = false, mixinStandardHelpOptions = true,
        header = "List a person's consents: purpose, recipients, categories, status, policy version.",
        description = "Signs in as --user OPERATOR (the password comes from CUSTODIA_PASSWORD or a prompt), who needs "
                + "a role that may view persons. Prints \"No consents.\" when there are none.")
final class ConsentsListCommand implements Callable<Integer> {

    @ParentCommand
    ConsentsCommand consents;

    @Parameters(index = "0", paramLabel = "PERSON_ID", description = "The person's id, as search shows it.")
    long personId;

    @Override
    public Integer call() {
        CustodiaCommand global = consents.global;
        return new Connector(global).asOperator("consents list", (services, principal) -> {
            services.personRecords().overview(principal, personId); // an unknown person is an input error (exit 2)
            List<ConsentView> list = services.consents().ofPerson(principal, personId);
            PrintWriter out = global.context().out();
            if (list.isEmpty()) {
                out.println("No consents.");
            }
            for (ConsentView c : list) {
                out.println("Consent " + c.id() + ": " + oneLine(c.purpose()) + " [" + c.status()
                        + (c.needsReconfirmation() ? ", needs re-confirmation" : "") + "]");
                out.printf("  %-14s %s%n", "Recipients:", oneLine(String.join(", ", c.recipients().stream().sorted()
                        .toList())));
                out.printf("  %-14s %s%n", "Categories:", String.join(", ", c.categories().stream().sorted().toList()));
                if (c.medium() != null) {
                    out.printf("  %-14s %s%n", "Medium:", oneLine(c.medium()));
                }
                out.printf("  %-14s %s%n", "Policy:", c.policyVersionLabel() == null ? "not recorded"
                        : oneLine(c.policyVersionLabel()));
                out.printf("  %-14s %s by %s, %s%n", "Given:", c.givenAt(), oneLine(c.collectedBy()),
                        oneLine(c.collectionMethod()));
                if (c.expiresAt() != null) {
                    out.printf("  %-14s %s%n", "Expires:", c.expiresAt());
                }
                if (c.withdrawnAt() != null) {
                    out.printf("  %-14s %s (%s)%n", "Withdrawn:", c.withdrawnAt(), oneLine(c.withdrawalMethod()));
                }
                if (c.evidenceSha256() != null) {
                    out.printf("  %-14s %s%n", "Evidence:", c.evidenceSha256());
                }
                if (c.statementId() != null) {
                    out.printf("  %-14s %s%n", "Statement:", c.statementId());
                }
            }
            out.flush();
            return ExitCodes.OK;
        });
    }

    private static String oneLine(String s) {
        return s == null ? "" : PersonsShowText.oneLine(s);
    }
}
