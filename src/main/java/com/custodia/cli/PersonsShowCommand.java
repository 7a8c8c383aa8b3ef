package com.custodia.cli;

import com.custodia.policy.AccountOwnerRules;
import com.custodia.policy.DataCategory;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.service.people.AccountOwners;
import com.custodia.service.people.PersonRecordViews.CategoryCount;
import com.custodia.service.people.PersonRecordViews.PersonOverview;
import com.custodia.service.people.PersonRecordViews.PersonProfile;
import com.custodia.service.people.PersonRecords;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code custodia persons show PERSON_ID}: a person's profile and a summary of every category
 * held about them, masked for the operator's roles exactly as the console masks it. Reading a
 * record on screen is not a disclosure; nothing is written anywhere.
 */
@Command(name = "show", sortOptions = false, mixinStandardHelpOptions = true,
        header = "Show a person's profile and a summary of every category of data held about them.",
        description = "Signs in as --user OPERATOR (the password comes from CUSTODIA_PASSWORD or a prompt). What is "
                + "shown follows the operator's roles: license keys are masked without the right to see them, card "
                + "numbers are never held whole, and roles that may see names only get the names. An unknown "
                + "PERSON_ID exits with 2.")
final class PersonsShowCommand implements Callable<Integer> {

    /** How many items of a category are listed before "… and N more". */
    static final int LISTED = 10;
    /** How many of the newest web visits are listed. */
    static final int VISITS = 5;

    @ParentCommand
    PersonsCommand persons;

    @Parameters(index = "0", paramLabel = "PERSON_ID", description = "The person's id, as search shows it.")
    long personId;

    @Override
    public Integer call() {
        CustodiaCommand global = persons.global;
        return new Connector(global).asOperator("persons show", (services, principal) -> {
            PrintWriter out = global.context().out();
            show(services, principal, out);
            out.flush();
            return ExitCodes.OK;
        });
    }

    private void show(Services services, Principal actor, PrintWriter out) {
        PersonRecords records = services.personRecords();
        PersonOverview overview = records.overview(actor, personId);
        profile(overview.profile(), services.accountOwners().of(actor, personId), out);
        PersonsShowText text = new PersonsShowText(out);
        for (CategoryCount count : overview.categories()) {
            out.println();
            if (!count.shown()) {
                out.println(count.category().title() + ": " + count.notShownBecause());
                continue;
            }
            long n = count.count();
            boolean preferences = count.category() == DataCategory.COMMUNICATION_PREFERENCES;
            out.println(count.category().title() + " (" + n + (preferences ? " recorded)" : ")"));
            // preferences are listed even with none recorded: the defaults are what applies then
            if (n == 0 && !preferences) {
                continue;
            }
            items(count.category(), records, actor, text, n);
        }
    }

    private void items(DataCategory category, PersonRecords records, Principal actor, PersonsShowText text, long n) {
        switch (category) {
            case LICENSES -> text.licenses(records.licenses(actor, personId), LISTED);
            case ORDERS -> text.orders(records.orders(actor, personId), LISTED);
            case WEB_ANALYTICS -> text.visits(records.webVisits(actor, personId, null, VISITS));
            case FORUM_POSTS -> text.forumPosts(records.forumPosts(actor, personId), LISTED);
            case CORRESPONDENCE -> text.correspondence(records.correspondence(actor, personId), LISTED);
            case JOB_APPLICATIONS -> text.applications(records.jobApplications(actor, personId), LISTED);
            case COMMUNICATION_PREFERENCES -> text.preferences(records.preferences(actor, personId));
            case POINTS_OF_CONTACT -> text.pointsOfContact(records.pointsOfContact(actor, personId), LISTED);
            default -> text.countOnly(category, n);
        }
    }

    private static void profile(PersonProfile p, AccountOwners.Ownership ownership, PrintWriter out) {
        out.println("Person " + p.id() + ": " + PersonsShowText.join(" ", p.firstName(), p.lastName()));
        // the console shows the account owner to every role that sees the person; so does this
        if (ownership.owner() != null) {
            out.printf("  %-12s %s (%s)%n", "Owner:", PersonsShowText.oneLine(ownership.owner().displayName()),
                    ownership.owner().username());
        } else if (AccountOwnerRules.OWNED_KINDS.contains(p.kind())) {
            out.printf("  %-12s %s%n", "Owner:", "nobody");
        }
        if (p.namesOnly()) {
            out.println("  (your roles show names only)");
            return;
        }
        List<String[]> rows = List.of(
                new String[] {"Kind", PersonsShowText.words(p.kind())},
                new String[] {"Company", p.company()},
                new String[] {"Email", p.email()},
                new String[] {"Phone", p.phone()},
                new String[] {"Address", PersonsShowText.join(", ", p.street(),
                        PersonsShowText.join(" ", p.postalCode(), p.city()), p.country())},
                new String[] {"Language", p.language()},
                new String[] {"Status", p.status()},
                new String[] {"External id", p.externalId()},
                new String[] {"Notes", p.notes()},
                new String[] {"Created", String.valueOf(p.createdAt())},
                new String[] {"Updated", String.valueOf(p.updatedAt())});
        for (String[] row : rows) {
            if (row[1] != null && !row[1].isBlank()) {
                out.printf("  %-12s %s%n", row[0] + ":", PersonsShowText.oneLine(row[1]));
            }
        }
    }
}
