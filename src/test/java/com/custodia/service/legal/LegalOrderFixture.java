package com.custodia.service.legal;

import com.custodia.domain.PersonKind;
import com.custodia.domain.Role;
import com.custodia.policy.DisclosureRules.OrderKind;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.service.people.NewPerson;
import com.custodia.support.MutableClock;
import com.custodia.support.TestWorkspaces;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Function;

/**
 * A workspace with two privacy officers and three customers, and drafts of legal orders about
 * them, for the legal-order tests of services and screens.
 */
public final class LegalOrderFixture {

    public static final Instant START = Instant.parse("2026-01-31T09:00:00Z");
    public static final LocalDate DEADLINE = LocalDate.parse("2026-02-27");
    public static final Instant QUIET_UNTIL = Instant.parse("2026-07-31T00:00:00Z");
    public static final String COPY_TEXT = "District Court of Springfield\nSubpoena duces tecum no. 4711\n";

    public final MutableClock clock = new MutableClock(START);
    public final Path dir;
    public final Services services;
    /** Enters orders. */
    public final Principal olivia = TestWorkspaces.principal(50, "olivia", Role.PRIVACY_OFFICER);
    /** Decides on them. */
    public final Principal oscar = TestWorkspaces.principal(51, "oscar", Role.PRIVACY_OFFICER);
    public final Principal sales = TestWorkspaces.principal(60, "sally", Role.SALES_REPRESENTATIVE);
    public final Principal partners = TestWorkspaces.principal(61, "pat", Role.PARTNER_MANAGER);
    public final long ada;
    public final long bob;
    public final long carol;

    /** @param open opens a fresh database with the given clock (H2 or PostgreSQL) */
    public LegalOrderFixture(Path dir, Function<MutableClock, Services> open) {
        this.dir = dir;
        this.services = open.apply(clock);
        ada = services.people().create(olivia, new NewPerson(PersonKind.CUSTOMER, "Ada", "Lovelace", "Analytical Ltd",
                "ada@example.com", "+44 20 0000 0001", "1 Byron St", "London", "N1 1AA", "GB", "en"));
        bob = services.people().create(olivia, new NewPerson(PersonKind.CUSTOMER, "Bob", "Babbage", "Engines plc",
                "bob@example.com", "+44 20 0000 0002", "2 Mill Rd", "Cambridge", "CB1 2AB", "GB", "en"));
        carol = services.people().create(olivia, new NewPerson(PersonKind.TRIAL_USER, "Carol", "Shaw", "Activision",
                "carol@example.com", "+1 555 0100", "3 Game Ave", "Palo Alto", "94301", "US", "en"));
    }

    /** The copy of the order as the authority served it. */
    public Path copyFile() {
        return write("subpoena-4711.txt", COPY_TEXT);
    }

    public Path write(String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A subpoena for Ada's and Bob's contact and address data, with a non-notification period. */
    public LegalOrderDraft subpoena() {
        return new LegalOrderDraft(OrderKind.SUBPOENA, "District Court of Springfield", "1 Court Sq, Springfield",
                "SUB-4711", Set.of(ada, bob), Set.of("contact", "address"), DEADLINE, QUIET_UNTIL, copyFile());
    }

    /** Entered by Olivia. */
    public LegalOrderDetail enter(LegalOrderDraft draft) {
        return services.legalOrders().intake(olivia, draft);
    }

    /** Entered by Olivia and approved by Oscar. */
    public LegalOrderDetail approved() {
        LegalOrderDetail order = enter(subpoena());
        return services.legalOrders().approve(oscar, order.id(), "checked with counsel");
    }
}
