package com.custodia.cli;

import com.custodia.service.consent.ConsentService.ConsentView;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code custodia consents withdraw CONSENT_ID --how TEXT}: withdrawal, in force for the next disclosure. */
@Command(name = "withdraw", sortOptions = false, mixinStandardHelpOptions = true,
        header = "Withdraw a consent; it stops covering disclosures at once.",
        description = "Signs in as --user OPERATOR (the password comes from CUSTODIA_PASSWORD or a prompt), who needs a "
                + "role that manages consents (privacy officer). A consent already withdrawn exits with 2.")
final class ConsentsWithdrawCommand implements Callable<Integer> {

    @ParentCommand
    ConsentsCommand consents;

    @Parameters(index = "0", paramLabel = "CONSENT_ID", description = "The consent, as consents list shows it.")
    long consentId;

    @Option(names = "--how", paramLabel = "TEXT", required = true,
            description = "How the person withdrew (\"email of 3 March\", \"phone call\").")
    String how;

    @Override
    public Integer call() {
        CustodiaCommand global = consents.global;
        return new Connector(global).asOperator("consents withdraw", (services, principal) -> {
            ConsentView view;
            try {
                view = services.consents().withdraw(principal, consentId, how);
            } catch (IllegalStateException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
            PrintWriter out = global.context().out();
            out.println("Consent " + view.id() + " withdrawn at " + view.withdrawnAt() + ".");
            out.flush();
            return ExitCodes.OK;
        });
    }
}
