package com.custodia.service.people;

import com.custodia.domain.PersonKind;
import com.custodia.domain.Role;
import com.custodia.domain.SearchKeys;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.support.TestWorkspaces;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * A dozen persons chosen to tell search orders apart: names that share prefixes across last and
 * first names, two Anna's, two John Smiths, a multi-word company and last name, licenses and
 * declined mail. Licenses and preferences go in by SQL, as test setup: their services are not
 * this part.
 */
final class PeopleFixture {

    static final String ADA_KEY = "K7QXM-2B9PL-44RTY-ZZ8NB";
    static final String JOHN_KEY = "ZZ9AB-CDEF2-GH345-JK678";

    final Principal officer = TestWorkspaces.principal(50, "officer", Role.PRIVACY_OFFICER);
    final Principal sales = TestWorkspaces.principal(51, "sales", Role.SALES_REPRESENTATIVE);
    final Principal partnerManager = TestWorkspaces.principal(52, "partners", Role.PARTNER_MANAGER);
    final Principal administrator = TestWorkspaces.principal(53, "admin2", Role.ADMINISTRATOR);
    final Principal reviewer = TestWorkspaces.principal(54, "reviewer", Role.OFFLINE_REVIEWER);

    final long annaMueller;
    final long maxMueller;
    final long annaSchmidt;
    final long johnSmith;
    final long annikaMulder;
    final long zoeMueller;
    final long benMullins;
    final long mulanFa;
    final long pietVanDerBerg;
    final long johnSmithTwin;

    PeopleFixture(Services services) {
        annaMueller = add(services, PersonKind.CUSTOMER, "Anna", "Müller", "Acme Softworks", "anna.mueller@acme.example",
                "+49 30 1234567", "DE");
        maxMueller = add(services, PersonKind.TRIAL_USER, "Max", "Müller", "Beta GmbH", "max@beta.example",
                "+49 89 7654321", "DE");
        annaSchmidt = add(services, PersonKind.CUSTOMER, "Anna", "Schmidt", "Acme Softworks", "a.schmidt@acme.example",
                "+44 20 5550101", "GB");
        johnSmith = add(services, PersonKind.CUSTOMER, "John", "Smith", "Acme Corp", "john.smith@acmecorp.example",
                "+1 212 5550199", "US");
        annikaMulder = add(services, PersonKind.PARTNER_CONTACT, "Annika", "Mulder", "Gamma BV", "annika@gamma.example",
                "+31 20 1112223", "NL");
        zoeMueller = add(services, PersonKind.FORUM_MEMBER, "Zoë", "Müller", null, "zoe@example.org", null, "DE");
        benMullins = add(services, PersonKind.JOB_APPLICANT, "Ben", "Mullins", "Delta Ltd", "ben@delta.example",
                "+44 161 4960000", "GB");
        mulanFa = add(services, PersonKind.POINT_OF_CONTACT, "Mulan", "Fa", "Epsilon SA", "mulan@epsilon.example",
                "+33 1 70000000", "FR");
        pietVanDerBerg = add(services, PersonKind.CUSTOMER, "Piet", "van der Berg", "Berg & Zonen",
                "piet@berg.example", "+31 10 2223334", "NL");
        johnSmithTwin = add(services, PersonKind.CUSTOMER, "John", "Smith", "Other Ltd", "jsmith@other.example",
                "+1 415 5550100", "US");
        services.database().fromConnection(c -> {
            try (PreparedStatement license = c.prepareStatement("INSERT INTO license (id, person_id, license_key,"
                    + " license_key_norm, product, edition, seats, issued_on, status, version)"
                    + " VALUES (?, ?, ?, ?, 'Custodia Vault', 'Standard', 5, DATE '2025-01-01', 'ACTIVE', 0)")) {
                addLicense(license, 900_001, annaMueller, ADA_KEY);
                addLicense(license, 900_002, johnSmith, JOHN_KEY);
            }
            try (PreparedStatement preference = c.prepareStatement("INSERT INTO communication_preference (id, person_id,"
                    + " message_class, subscribed, since, source, version) VALUES (?, ?, ?, ?, ?, 'test', 0)")) {
                addPreference(preference, 900_011, maxMueller, "FEATURES", false);
                addPreference(preference, 900_012, johnSmith, "UPGRADES", false);
                addPreference(preference, 900_013, annaSchmidt, "FEATURES", true);
                // declining a mandatory class is not possible; a stray row of one is not "opted out"
                addPreference(preference, 900_014, annikaMulder, "SECURITY", false);
            }
            return null;
        });
    }

    private long add(Services services, PersonKind kind, String first, String last, String company, String email,
                     String phone, String country) {
        return services.people().create(officer, new NewPerson(kind, first, last, company, email, phone, null, null,
                null, country, null));
    }

    private static void addLicense(PreparedStatement ps, long id, long person, String key) throws java.sql.SQLException {
        ps.setLong(1, id);
        ps.setLong(2, person);
        ps.setString(3, key);
        ps.setString(4, SearchKeys.licenseKey(key));
        ps.executeUpdate();
    }

    private static void addPreference(PreparedStatement ps, long id, long person, String messageClass,
                                      boolean subscribed) throws java.sql.SQLException {
        ps.setLong(1, id);
        ps.setLong(2, person);
        ps.setString(3, messageClass);
        ps.setBoolean(4, subscribed);
        ps.setTimestamp(5, Timestamp.from(Instant.parse("2026-01-01T00:00:00Z")));
        ps.executeUpdate();
    }
}
