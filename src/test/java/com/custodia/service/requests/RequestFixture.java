package com.custodia.service.requests;

import com.custodia.domain.Jurisdiction;
import com.custodia.domain.LegalBasis;
import com.custodia.domain.PersonKind;
import com.custodia.domain.RecipientKind;
import com.custodia.domain.RequestChannel;
import com.custodia.domain.RequestKind;
import com.custodia.domain.Role;
import com.custodia.domain.SubjectRequest;
import com.custodia.ledger.AppendedEntry;
import com.custodia.ledger.EntryDraft;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.service.people.NewPerson;
import com.custodia.support.MutableClock;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * A workspace with two privacy officers, a sales representative, and customers, for the request
 * tests: requests in each step, rows of every inventory category, ledger entries to partners.
 */
public final class RequestFixture {

    public static final Instant START = Instant.parse("2026-01-31T09:00:00Z");

    public final MutableClock clock = new MutableClock(START);
    public final Services services;
    /** Verifies identities and applies corrections. */
    public final Principal olivia = principal(50, "olivia", Role.PRIVACY_OFFICER);
    /** The second operator. */
    public final Principal oscar = principal(51, "oscar", Role.PRIVACY_OFFICER);
    public final Principal sally = principal(60, "sally", Role.SALES_REPRESENTATIVE);
    public final Principal pat = principal(61, "pat", Role.PARTNER_MANAGER);
    public final Principal admin = principal(62, "adam", Role.ADMINISTRATOR);
    public final long ada;
    public final long bob;
    private final AtomicLong ids = new AtomicLong(7_000_000);

    public RequestFixture(Function<MutableClock, Services> open) {
        this.services = open.apply(clock);
        ada = services.people().create(olivia, new NewPerson(PersonKind.CUSTOMER, "Ada", "Lovelace", "Analytical Ltd",
                "ada@example.com", "+44 20 0000 0001", "1 Byron St", "London", "N1 1AA", "GB", "en"));
        bob = services.people().create(olivia, new NewPerson(PersonKind.CUSTOMER, "Bob", "Babbage", "Engines plc",
                "bob@example.com", "+44 20 0000 0002", "2 Mill Rd", "Cambridge", "CB1 2AB", "GB", "en"));
    }

    private static Principal principal(long id, String name, Role role) {
        return new Principal(id, name, name, Set.of(role));
    }

    public RequestViews.RequestDetail intake(RequestKind kind, String email) {
        return services.requests().intake(sally, new RequestViews.Intake(kind, RequestChannel.EMAIL,
                Jurisdiction.DEFAULT, clock.instant().minus(Duration.ofHours(1)),
                new SubjectRequest.Identifiers(null, email, null, null, null, null)));
    }

    /** An access request from Ada, matched and verified by Olivia (not yet confirmed). */
    public long verifiedAccess() {
        long id = intake(RequestKind.ACCESS, "ada@example.com").id();
        services.requests().match(olivia, id, Set.of(ada));
        services.requests().verify(olivia, id, "passport seen by video call", bytes("passport no. X123"));
        return id;
    }

    /** ... and confirmed by Oscar. */
    public long confirmedAccess() {
        long id = verifiedAccess();
        services.requests().confirm(oscar, id);
        return id;
    }

    public static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** A ledger entry about the person, as the gate writes them. */
    public AppendedEntry disclosed(long person, RecipientKind kind, String recipient, List<String> categories,
                                   List<String> fields) {
        clock.advance(Duration.ofMinutes(5));
        return services.ledger().append(new EntryDraft("olivia", Set.of("PRIVACY_OFFICER"), kind, recipient, null,
                kind == RecipientKind.PARTNER ? LegalBasis.PARTNER_AGREEMENT : LegalBasis.CONSENT, "1",
                Set.of(person), categories, fields, "license verification", "api", "ab".repeat(32), null, null));
    }

    long next() {
        return ids.incrementAndGet();
    }

    /** At least one row in every table group of the inventory for {@code person}, written by plain SQL. */
    public void everyCategory(long person) {
        sql("INSERT INTO point_of_contact (id, person_id, reason, occurred_at, note, version) VALUES ("
                + next() + ", " + person + ", 'TRIAL_ISSUED', " + at("2025-01-02 10:00:00") + ", 'trial', 0)");
        long license = next();
        sql("INSERT INTO license (id, person_id, license_key, license_key_norm, product, edition, seats, issued_on, "
                + "status, version) VALUES (" + license + ", " + person + ", 'KEY-" + license + "', 'KEY" + license
                + "', 'Custodia', 'Pro', 5, DATE '2025-01-02', 'ACTIVE', 0)");
        sql("INSERT INTO customer_order (id, person_id, product, ordered_at, amount, currency, card_brand, card_last4, "
                + "card_token, version) VALUES (" + next() + ", " + person + ", 'Custodia Pro', "
                + at("2025-01-02 10:05:00") + ", 499.00, 'EUR', 'VISA', '4242', 'tok_secret', 0)");
        for (int i = 0; i < 3; i++) {
            sql("INSERT INTO web_visit (id, person_id, visited_at, ip_address, browser) VALUES (" + next() + ", "
                    + person + ", " + at("2025-01-0" + (i + 1) + " 09:00:00") + ", '192.0.2." + i + "', 'Firefox')");
        }
        sql("INSERT INTO forum_post (id, person_id, email, posted_at, subject) VALUES (" + next() + ", " + person
                + ", 'ada@example.com', " + at("2025-01-03 12:00:00") + ", 'Export question')");
        sql("INSERT INTO correspondence (id, person_id, email, sent_at, subject, direction) VALUES (" + next() + ", "
                + person + ", 'ada@example.com', " + at("2025-01-04 12:00:00")
                + ", 'Invoice, copy to carol@other.example and Bob Babbage', 'OUTBOUND')");
        sql("INSERT INTO job_application (id, person_id, full_name, position, status, applied_at, version) VALUES ("
                + next() + ", " + person + ", 'Ada Lovelace', 'Engineer', 'RECEIVED', " + at("2025-01-05 08:00:00")
                + ", 0)");
        sql("INSERT INTO communication_preference (id, person_id, message_class, subscribed, since, source, version) "
                + "VALUES (" + next() + ", " + person + ", 'FEATURES', FALSE, " + at("2025-01-05 08:00:00")
                + ", 'web form', 0)");
        long consent = next();
        sql("INSERT INTO consent (id, person_id, purpose, status, given_at, version) VALUES (" + consent + ", "
                + person + ", 'satisfaction study', 'GRANTED', " + at("2025-01-05 09:00:00") + ", 0)");
        sql("INSERT INTO consent_recipient (consent_id, recipient) VALUES (" + consent + ", 'Acme Research')");
        long campaign = next();
        sql("INSERT INTO campaign (id, name, kind, run_by, runner_name, purpose, created_at, created_by, version) "
                + "VALUES (" + campaign + ", 'Survey', 'SATISFACTION_SURVEY', 'VENDOR', 'Vendor', 'survey', "
                + at("2025-01-05 09:00:00") + ", 'olivia', 0)");
        sql("INSERT INTO campaign_contact (id, campaign_id, person_id, picked_at) VALUES (" + next() + ", " + campaign
                + ", " + person + ", " + at("2025-01-05 09:00:00") + ")");
        sql("INSERT INTO person_merge (id, survivor_id, merged_id, merged_at, operator_name, detail) VALUES ("
                + next() + ", " + person + ", 6999999, " + at("2025-01-06 09:00:00") + ", 'olivia', 'duplicate')");
        long order = next();
        sql("INSERT INTO legal_order (id, kind, authority_name, authority_address, reference, deadline, copy_file_name, "
                + "copy_size, copy_sha256, status, entered_by, entered_at, handover_count, version) VALUES (" + order
                + ", 'SUBPOENA', 'Court', 'Court Sq', 'SUB-1', DATE '2025-02-01', 'copy.txt', 4, '" + "cd".repeat(32)
                + "', 'RECEIVED', 'olivia', " + at("2025-01-06 09:00:00") + ", 0, 0)");
        sql("INSERT INTO legal_order_person (order_id, person_id) VALUES (" + order + ", " + person + ")");
        long partner = next();
        sql("INSERT INTO partner (id, name, name_key, agreement_reference, agreement_version, registration_status, "
                + "registered_from, registered_until, tier, created_by, created_at, version) VALUES (" + partner
                + ", 'Reseller " + partner + "', 'reseller " + partner + "', 'PA-1', 1, 'REGISTERED', DATE '2025-01-01', "
                + "DATE '2030-01-01', 'GOLD', 'pat', " + at("2025-01-06 09:00:00") + ", 0)");
        long grant = next();
        sql("INSERT INTO license_share_grant (id, partner_id, scope_kind, purpose, valid_from, valid_until, granted_by, "
                + "granted_at, reason, version) VALUES (" + grant + ", " + partner + ", 'CUSTOMERS', 'VERIFICATION', "
                + at("2025-01-06 09:00:00") + ", " + at("2027-01-06 09:00:00") + ", 'pat', "
                + at("2025-01-06 09:00:00") + ", 'support', 0)");
        sql("INSERT INTO license_share_grant_person (grant_id, person_id) VALUES (" + grant + ", " + person + ")");
        long revision = next();
        sql("INSERT INTO change_revision (id, changed_at, operator_name, source) VALUES (" + revision + ", "
                + at("2025-01-06 08:00:00") + ", 'sam', 'edit')");
        sql("INSERT INTO change_record (id, revision_id, person_id, entity, entity_id, field, old_value, new_value) "
                + "VALUES (" + next() + ", " + revision + ", " + person + ", 'person', " + person
                + ", 'phone', 'old', 'new')");
        disclosed(person, RecipientKind.PARTNER, "Reseller " + partner, List.of("licenses"), List.of("license_key"));
    }

    void sql(String statement) {
        services.database().<Void>fromConnection(c -> {
            try (Statement st = c.createStatement()) {
                st.execute(statement);
            }
            return null;
        });
    }

    static String at(String utc) {
        return "TIMESTAMP WITH TIME ZONE '" + utc + "+00:00'";
    }
}
