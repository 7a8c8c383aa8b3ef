package com.custodia.service.partners;

import com.custodia.domain.ChangeContext;
import com.custodia.domain.GrantPurpose;
import com.custodia.domain.GrantScope;
import com.custodia.domain.License;
import com.custodia.domain.LicenseField;
import com.custodia.domain.LicenseStatus;
import com.custodia.domain.PartnerRegistrationStatus;
import com.custodia.domain.PartnerTier;
import com.custodia.domain.PersonKind;
import com.custodia.domain.Role;
import com.custodia.ledger.LedgerQueries;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.service.people.NewPerson;
import com.custodia.support.MutableClock;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A database with three customers and their licenses, orders and web visits, and three partners:
 * Northwind (registered, current agreement), Lapsed Ltd (registration ended) and Oldterms GmbH
 * (signed version 1 while version 2 is current).
 */
final class PartnerFixture {

    static final Instant START = Instant.parse("2026-03-10T09:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-03-10");
    static final String ADA_DESK = "DSK-ADA01-00001";
    static final String ADA_SERVER = "SRV-ADA02-00002";
    static final String BOB_DESK = "DSK-BOB01-00003";
    static final String CAROL_AUDIT = "AUD-CAR01-00004";

    final MutableClock clock = new MutableClock(START);
    final Services services;
    final Principal pat = principal(61, "pat", Role.PARTNER_MANAGER);
    final Principal sally = principal(60, "sally", Role.SALES_REPRESENTATIVE);
    final Principal olivia = principal(50, "olivia", Role.PRIVACY_OFFICER);
    final long ada;
    final long bob;
    final long carol;
    final long northwind;
    final long lapsed;
    final long oldterms;

    PartnerFixture(Function<MutableClock, Services> open) {
        services = open.apply(clock);
        ada = person("Ada", "Lovelace", "ada@example.com");
        bob = person("Bob", "Babbage", "bob@example.com");
        carol = person("Carol", "Shaw", "carol@example.com");
        northwind = services.partners().create(pat, partner("Northwind Resellers", 1, TODAY.minusYears(1),
                TODAY.plusYears(1))).id();
        lapsed = services.partners().create(pat, partner("Lapsed Ltd", 1, TODAY.minusYears(2),
                TODAY.minusDays(40))).id();
        oldterms = services.partners().create(pat, partner("Oldterms GmbH", 1, TODAY.minusYears(1),
                TODAY.plusYears(1))).id();
        services.partners().newAgreementVersion(pat, "Partner agreement 2026", TODAY.minusDays(5), "new data terms");
        // Northwind and Lapsed signed the new version; Oldterms did not
        services.database().inTransaction(s -> s.createMutationQuery(
                "update Partner set agreementVersion = 2 where id in :ids")
                .setParameter("ids", List.of(northwind, lapsed)).executeUpdate());
        license(ada, ADA_DESK, "Custodia Desk", null);
        license(ada, ADA_SERVER, "Custodia Server", null);
        license(bob, BOB_DESK, "Custodia Desk", northwind);
        license(carol, CAROL_AUDIT, "Custodia Audit", null);
        ordersAndVisits(ada);
    }

    static Principal principal(long id, String name, Role... roles) {
        return new Principal(id, name, name, Set.of(roles));
    }

    private long person(String first, String last, String email) {
        return services.people().create(olivia, new NewPerson(PersonKind.CUSTOMER, first, last, "Analytical Ltd",
                email, "+44 20 0000 0001", "1 Byron St", "London", "N1 1AA", "GB", "en"));
    }

    static PartnerDraft partner(String name, int version, LocalDate from, LocalDate until) {
        return new PartnerDraft(name, "PA-" + name.substring(0, 3).toUpperCase(), version,
                PartnerRegistrationStatus.REGISTERED, from, until, PartnerTier.GOLD,
                List.of(new PartnerContactView("Nina North", "nina@partner.example", "+1 555 0101", "licensing")));
    }

    private void license(long person, String key, String product, Long resoldBy) {
        services.database().inTransaction(new ChangeContext("olivia", "test", clock.instant()), s -> {
            License l = new License(person, key, product, "Professional", 5, TODAY.minusYears(1),
                    TODAY.plusYears(1), LicenseStatus.ACTIVE, TODAY.plusMonths(6));
            l.resoldBy(resoldBy);
            s.persist(l);
        });
    }

    /** An order and a web visit, which no partner service may ever hand out. */
    private void ordersAndVisits(long person) {
        services.database().inTransaction(s -> s.doWork(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO customer_order (id, person_id, product, ordered_at, amount, currency, card_brand, "
                        + "card_last4, version) VALUES (9000001, " + person + ", 'SECRET-ORDER-PRODUCT', "
                        + "TIMESTAMP '2026-01-02 10:05:00', 499.00, 'EUR', 'VISA', '4242', 0)");
                st.execute("INSERT INTO web_visit (id, person_id, visited_at, ip_address, browser) VALUES (9000002, "
                        + person + ", TIMESTAMP '2026-01-03 09:00:00', '192.0.2.77', 'SecretBrowser')");
            }
        }));
    }

    GrantView grant(long partner, GrantScope scope, Set<Long> persons, Set<String> products, Set<LicenseField> fields,
                    Duration valid) {
        return services.grants().grant(pat, new GrantDraft(partner, scope, persons, products, fields,
                GrantPurpose.VERIFICATION, null, clock.instant().plus(valid), "reseller verifies its customers"));
    }

    /** Northwind may verify key, product, status and expiry of Ada's licenses for 90 days. */
    GrantView adaToNorthwind() {
        return grant(northwind, GrantScope.CUSTOMERS, Set.of(ada), Set.of(),
                EnumSet.of(LicenseField.LICENSE_KEY, LicenseField.PRODUCT, LicenseField.STATUS, LicenseField.EXPIRY),
                Duration.ofDays(90));
    }

    /** A grant written straight into the tables, for partners the service would refuse to grant to. */
    long grantDirectly(long partner, Set<Long> persons) {
        return services.database().fromTransaction(s -> {
            var g = new com.custodia.domain.LicenseShareGrant(new com.custodia.domain.LicenseShareGrant.Terms(partner,
                    GrantScope.CUSTOMERS, persons, Set.of(), EnumSet.allOf(LicenseField.class),
                    GrantPurpose.VERIFICATION, clock.instant().minus(Duration.ofDays(1)),
                    clock.instant().plus(Duration.ofDays(90))), "pat", clock.instant(), "set up by the test");
            s.persist(g);
            s.flush();
            return g.getId();
        });
    }

    long ledgerSize() {
        return new LedgerQueries(services.database()).size();
    }
}
