package com.custodia.service.demo;

import com.custodia.domain.ChangeContext;
import com.custodia.domain.GrantEvent;
import com.custodia.domain.GrantEventKind;
import com.custodia.domain.GrantPurpose;
import com.custodia.domain.GrantScope;
import com.custodia.domain.License;
import com.custodia.domain.LicenseField;
import com.custodia.domain.LicenseShareGrant;
import com.custodia.domain.Partner;
import com.custodia.domain.PartnerAgreementVersion;
import com.custodia.domain.PartnerContact;
import com.custodia.domain.PartnerRegistrationStatus;
import com.custodia.domain.PartnerTier;
import com.custodia.persistence.Database;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.Session;

/**
 * Demo partners in every state, with grants of every kind, over the demo's own customers (issue 5,
 * item 7): Northwind Resellers (registered), Contoso Upgrades (registration ending in 12 days),
 * Fabrikam Licensing (lapsed) and Tailspin Partners (signed an older agreement); grants that are
 * active, expiring soon, expired and revoked, each with its history. Some of the generated licenses
 * become licenses that Northwind or Contoso resold. Runs once per database: when the demo partners
 * exist, it does nothing.
 */
final class DemoPartners {

    static final String NORTHWIND = "Northwind Resellers";
    static final String CONTOSO = "Contoso Upgrades";
    static final String FABRIKAM = "Fabrikam Licensing";
    static final String TAILSPIN = "Tailspin Partners";
    /** How many of the first licenses take part in partner sales. */
    private static final int LICENSES = 60;

    private final Database database;
    private final Clock clock;

    DemoPartners(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Adds the demo partners and their grants as {@code operator}; returns how many partners were added. */
    int add(String operator) {
        Instant now = clock.instant();
        return database.fromTransaction(new ChangeContext(operator, "demo data", now), s -> {
            if (!s.createSelectionQuery("from Partner where nameKey = :k", Partner.class)
                    .setParameter("k", Partner.nameKey(NORTHWIND)).getResultList().isEmpty()) {
                return 0;
            }
            LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
            Integer current = s.createSelectionQuery("select max(version) from PartnerAgreementVersion", Integer.class)
                    .getSingleResult();
            int version = current == null ? 1 : current;
            if (version == 1) {
                s.persist(new PartnerAgreementVersion(2, "Partner agreement " + today.minusDays(60).getYear()
                        + " (data-sharing terms)", today.minusDays(60), operator, now.minus(Duration.ofDays(60))));
                version = 2;
            }
            Partner northwind = partner(s, operator, now, NORTHWIND, PartnerTier.PLATINUM, version,
                    today.minusYears(3), today.plusYears(1), "Nina Norberg", "licensing@northwind.example");
            Partner contoso = partner(s, operator, now, CONTOSO, PartnerTier.GOLD, version,
                    today.minusYears(1), today.plusDays(12), "Carlos Conti", "partners@contoso.example");
            Partner fabrikam = partner(s, operator, now, FABRIKAM, PartnerTier.SILVER, version,
                    today.minusYears(2), today.minusDays(45), "Fatima Abbas", "office@fabrikam.example");
            Partner tailspin = partner(s, operator, now, TAILSPIN, PartnerTier.AUTHORIZED, 1,
                    today.minusMonths(8), today.plusDays(200), "Tom Spinner", "keys@tailspin.example");

            List<License> licenses = s.createSelectionQuery("from License order by id", License.class)
                    .setMaxResults(LICENSES).getResultList();
            Set<Long> direct = new LinkedHashSet<>();
            for (int i = 0; i < licenses.size(); i++) {
                License l = licenses.get(i);
                if (i % 3 == 0) {
                    l.resoldBy(northwind.getId());
                } else if (i % 7 == 1) {
                    l.resoldBy(contoso.getId());
                } else if (direct.size() < 6) {
                    direct.add(l.getPersonId());
                }
            }
            Set<String> products = new LinkedHashSet<>();
            for (String[] p : DemoVocabulary.PRODUCTS) {
                products.add(p[0]);
            }
            List<String> productList = new ArrayList<>(products);
            Set<LicenseField> verify = EnumSet.of(LicenseField.LICENSE_KEY, LicenseField.PRODUCT, LicenseField.EDITION,
                    LicenseField.STATUS, LicenseField.EXPIRY);
            Set<LicenseField> upgrade = EnumSet.of(LicenseField.LICENSE_KEY, LicenseField.PRODUCT,
                    LicenseField.EDITION, LicenseField.UPGRADE_ELIGIBILITY);

            // Northwind: verifies what it resold (active, renewed), validated chosen customers (expired),
            // offered upgrades to Audit users (revoked)
            LicenseShareGrant resold = grant(s, operator, now, northwind, GrantScope.RESOLD, Set.of(), Set.of(), verify,
                    GrantPurpose.VERIFICATION, 300, 60, "Northwind verifies the licenses it resold");
            renew(s, operator, now, resold, 240, "Reseller contract extended for another year");
            if (!direct.isEmpty()) {
                grant(s, operator, now, northwind, GrantScope.CUSTOMERS, direct, Set.of(),
                        EnumSet.of(LicenseField.STATUS, LicenseField.EXPIRY, LicenseField.SEATS),
                        GrantPurpose.VALIDATION, 400, -35, "Seat audit for named accounts");
            }
            LicenseShareGrant audit = grant(s, operator, now, northwind, GrantScope.PRODUCTS, Set.of(),
                    Set.of(productList.get(2 % productList.size())), upgrade, GrantPurpose.UPGRADE, 200, 100,
                    "Upgrade campaign for Audit users");
            revoke(s, operator, now, audit, 10, "Upgrade campaign stopped after customer complaints");

            // Contoso: upgrades of Server (active, ends in 20 days), verification of its resales (revoked)
            grant(s, operator, now, contoso, GrantScope.PRODUCTS, Set.of(), Set.of(productList.get(1 % productList.size())),
                    upgrade, GrantPurpose.UPGRADE, 70, 20, "Server upgrade offers for Contoso's region");
            LicenseShareGrant contosoResold = grant(s, operator, now, contoso, GrantScope.RESOLD, Set.of(), Set.of(),
                    EnumSet.of(LicenseField.LICENSE_KEY, LicenseField.STATUS), GrantPurpose.VERIFICATION, 150, 200,
                    "Contoso verifies the licenses it resold");
            revoke(s, operator, now, contosoResold, 3, "Replaced by the upgrade grant");

            // Fabrikam (lapsed) and Tailspin (old agreement) hold active grants that answer nothing
            if (!direct.isEmpty()) {
                grant(s, operator, now, fabrikam, GrantScope.CUSTOMERS, direct, Set.of(), verify,
                        GrantPurpose.VERIFICATION, 100, 120, "Support contract for named accounts");
            }
            grant(s, operator, now, tailspin, GrantScope.PRODUCTS, Set.of(), Set.of(productList.get(0)),
                    EnumSet.of(LicenseField.LICENSE_KEY, LicenseField.STATUS, LicenseField.EXPIRY),
                    GrantPurpose.VALIDATION, 90, 150, "Desk key validation at Tailspin's help desk");
            return 4;
        });
    }

    private static Partner partner(Session s, String operator, Instant now, String name, PartnerTier tier, int version,
                                   LocalDate from, LocalDate until, String contact, String email) {
        Partner p = new Partner(new Partner.Terms(name, "PA-" + from.getYear() + "-" + name.substring(0, 3).toUpperCase(),
                version, PartnerRegistrationStatus.REGISTERED, from, until, tier,
                List.of(new PartnerContact(contact, email, null, "partner manager"))), operator, now);
        s.persist(p);
        s.flush();
        return p;
    }

    /** A grant given {@code ago} days ago, ending {@code left} days from now (negative: already ended). */
    private static LicenseShareGrant grant(Session s, String operator, Instant now, Partner partner, GrantScope scope,
                                           Set<Long> persons, Set<String> products, Set<LicenseField> fields,
                                           GrantPurpose purpose, int ago, int left, String reason) {
        Instant at = now.minus(Duration.ofDays(ago));
        LicenseShareGrant g = new LicenseShareGrant(new LicenseShareGrant.Terms(partner.getId(), scope, persons, products,
                fields, purpose, at, now.plus(Duration.ofDays(left))), operator, at, reason);
        s.persist(g);
        s.flush();
        s.persist(new GrantEvent(g.getId(), GrantEventKind.GRANTED, operator, at, reason, g.getValidUntil()));
        return g;
    }

    private static void renew(Session s, String operator, Instant now, LicenseShareGrant g, int left, String reason) {
        Instant at = now.minus(Duration.ofDays(5));
        g.renew(now.plus(Duration.ofDays(left)));
        s.persist(new GrantEvent(g.getId(), GrantEventKind.RENEWED, operator, at, reason, g.getValidUntil()));
    }

    private static void revoke(Session s, String operator, Instant now, LicenseShareGrant g, int ago, String reason) {
        Instant at = now.minus(Duration.ofDays(ago));
        g.revoke(operator, at, reason);
        s.persist(new GrantEvent(g.getId(), GrantEventKind.REVOKED, operator, at, reason, null));
    }
}
