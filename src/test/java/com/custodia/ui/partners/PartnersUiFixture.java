package com.custodia.ui.partners;

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
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.service.partners.GrantDraft;
import com.custodia.service.partners.GrantView;
import com.custodia.service.partners.PartnerContactView;
import com.custodia.service.partners.PartnerDraft;
import com.custodia.service.people.NewPerson;
import com.custodia.support.MutableClock;
import com.custodia.support.TestWorkspaces;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A workspace for the Partners screen: two customers with licenses, and four partners — Northwind
 * (registered for a year), Contoso (registration ends in 20 days), Fabrikam (lapsed 40 days ago)
 * and Tailspin (signed version 1 of the agreement while version 2 is current). Northwind holds a
 * grant to verify Ada's licenses.
 */
final class PartnersUiFixture {

    static final Instant START = Instant.parse("2026-03-10T09:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-03-10");
    static final String ADA_KEY = "DSK-ADA01-00001";
    static final String BOB_KEY = "DSK-BOB01-00003";

    final MutableClock clock = new MutableClock(START);
    final Services services;
    final Principal pat = TestWorkspaces.principal(61, "pat", Role.PARTNER_MANAGER);
    final Principal sally = TestWorkspaces.principal(60, "sally", Role.SALES_REPRESENTATIVE);
    final Principal olivia = TestWorkspaces.principal(50, "olivia", Role.PRIVACY_OFFICER);
    final long ada;
    final long bob;
    final long northwind;
    final long contoso;
    final long fabrikam;
    final long tailspin;
    final GrantView adaGrant;

    PartnersUiFixture(Path dir) {
        services = TestWorkspaces.embedded(dir.resolve("ws"), clock);
        ada = person("Ada", "Lovelace", "ada@example.com");
        bob = person("Bob", "Babbage", "bob@example.com");
        tailspin = partner("Tailspin Partners", TODAY.minusYears(1), TODAY.plusYears(1));
        services.partners().newAgreementVersion(pat, "Partner agreement 2026", TODAY.minusDays(5), "new data terms");
        northwind = partner("Northwind Resellers", TODAY.minusYears(1), TODAY.plusYears(1));
        contoso = partner("Contoso Licensing", TODAY.minusYears(1), TODAY.plusDays(20));
        fabrikam = partner("Fabrikam Ltd", TODAY.minusYears(2), TODAY.minusDays(40));
        license(ada, ADA_KEY, "Custodia Desk");
        license(bob, BOB_KEY, "Custodia Desk");
        adaGrant = services.grants().grant(pat, new GrantDraft(northwind, GrantScope.CUSTOMERS, Set.of(ada), Set.of(),
                EnumSet.of(LicenseField.LICENSE_KEY, LicenseField.PRODUCT, LicenseField.STATUS, LicenseField.EXPIRY),
                GrantPurpose.VERIFICATION, null, START.plus(Duration.ofDays(90)), "reseller verifies its customers"));
    }

    private long person(String first, String last, String email) {
        return services.people().create(olivia, new NewPerson(PersonKind.CUSTOMER, first, last, "Analytical Ltd",
                email, "+44 20 0000 0001", "1 Byron St", "London", "N1 1AA", "GB", "en"));
    }

    /** Registered under the agreement current when it is created. */
    private long partner(String name, LocalDate from, LocalDate until) {
        int current = services.partners().currentAgreement(pat).version();
        return services.partners().create(pat, new PartnerDraft(name, "PA-" + name.substring(0, 3).toUpperCase(),
                current, PartnerRegistrationStatus.REGISTERED, from, until, PartnerTier.GOLD,
                List.of(new PartnerContactView("Nina North", "nina@partner.example", "+1 555 0101", "licensing"))))
                .id();
    }

    private void license(long person, String key, String product) {
        services.database().inTransaction(new ChangeContext("olivia", "test", clock.instant()), s -> s.persist(
                new License(person, key, product, "Professional", 5, TODAY.minusYears(1), TODAY.plusYears(1),
                        LicenseStatus.ACTIVE, TODAY.plusMonths(6))));
    }
}
