package com.custodia.policy;

import com.custodia.domain.Role;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The data inventory (promise P8): every category of personal data Custodia holds, what it
 * holds, where it is stored, which permission reads it and why it is kept. Which roles see a
 * category follows from {@link Permissions}, never from a second list. The access report lists
 * every category; a schema test fails when a table that names a person is in none of them, so a
 * new category cannot be forgotten.
 */
public enum DataCategory {

    IDENTITY("Identity", "names, kind of person, status, external reference, account owner", List.of("person"),
            Permission.PERSON_VIEW_NAMES, "know whom a record is about", null),
    CONTACT("Contact details", "company, email, phone, postal address, country, preferred language, notes",
            List.of("person"), Permission.PERSON_VIEW,
            "serve customers under the EULA and terms of service; answer requests", null),
    POINTS_OF_CONTACT("Points of contact", "why and since when the vendor may write to a non-customer",
            List.of("point_of_contact"), Permission.PERSON_VIEW, "decide whether a non-customer may get email (P10)",
            null),
    LICENSES("Licenses", "license key, product, edition, seats, issue and expiry dates, status, upgrade eligibility",
            List.of("license"), Permission.LICENSE_VIEW,
            "deliver and verify licenses; share license information with registered partners (P2)",
            "the key is masked for roles without license-key view"),
    ORDERS("Orders and payment cards", "product, date, amount; card brand, last four digits, expiry, processor token",
            List.of("customer_order"), Permission.PERSON_VIEW, "bill and support purchases",
            "card numbers are never held whole; the token is not shown"),
    WEB_ANALYTICS("Web analytics", "visit time, IP address, browser type, version and language, referring site, "
            + "search engine and keywords, pages viewed, browser add-ons, window size, cookie id",
            List.of("web_visit"), Permission.PERSON_VIEW, "understand and improve the web site (P8)", null),
    FORUM_POSTS("Forum posts", "poster's email, date, subject", List.of("forum_post"), Permission.PERSON_VIEW,
            "run the user forum (P8)", null),
    CORRESPONDENCE("Correspondence", "correspondent's email, date, subject, direction", List.of("correspondence"),
            Permission.PERSON_VIEW, "answer and keep track of letters and email (P8)", null),
    JOB_APPLICATIONS("Job applications", "name, address, phone, email, employment history, position, status",
            List.of("job_application"), Permission.PERSON_VIEW, "recruit staff (P8)", null),
    COMMUNICATION_PREFERENCES("Communication preferences", "per message class: subscribed or declined, since "
            + "when, how it was chosen", List.of("communication_preference"), Permission.PERSON_VIEW,
            "honour opt-outs of optional email (P9)", null),
    CONSENTS("Consents", "purpose, recipients, data categories, medium, policy version, status, how and by whom "
            + "collected and withdrawn, evidence and its hash",
            List.of("consent", "consent_recipient", "consent_category", "consent_evidence"), Permission.PERSON_VIEW,
            "disclose to third parties only with consent (P1)", null),
    STATEMENTS("Statements and campaigns", "campaigns a person was picked for; statements (testimonials): exact "
            + "text, source, medium, attribution, incentive, status, where published",
            List.of("campaign_contact", "statement", "statement_publication"), Permission.PERSON_VIEW,
            "publish what customers said only with their consent to that text in that medium (P3)", null),
    CHANGE_HISTORY("Change history", "who changed which field of a person's records, when, old and new value",
            List.of("change_record", "change_revision"), Permission.PERSON_VIEW,
            "show and correct what is held (P7)", "license keys in it are masked like the keys themselves"),
    MERGES("Merged records", "which records were found to be one person, by whom, what moved",
            List.of("person_merge"), Permission.PERSON_VIEW, "explain where a merged record went", null),
    DISCLOSURES("Disclosures", "every hand-over of a person's data: when, to whom, what, why",
            List.of("ledger_entry", "ledger_entry_person"), Permission.LEDGER_READ_ALL,
            "account for every disclosure (P11)", "sales representatives see the entries about their own customers"),
    LEGAL_ORDERS("Legal orders", "orders naming the person: authority, reference, scope, decision",
            List.of("legal_order", "legal_order_person", "legal_order_category", "legal_order_copy"),
            Permission.LEGAL_ORDER_MANAGE, "answer subpoenas and judicial orders (P4)",
            "withheld from the person during a non-notification period"),
    PARTNER_GRANTS("Partner grants", "which partners may receive which license fields of the person's licenses, "
            + "for what and until when", List.of("license_share_grant_person"), Permission.GRANT_MANAGE,
            "share license information only with registered partners, only as granted (P2)",
            "names only the customers chosen for a grant; what partners received is in the disclosures"),
    SUBJECT_REQUESTS("Access and correction requests", "the person's requests: identifiers given, channel, dates, "
            + "identity check (method, evidence hash, by whom), deadline clock, requested corrections and decisions, "
            + "recipients told of corrections", List.of("subject_request", "subject_request_person",
            "subject_request_clock", "subject_request_item", "subject_request_notice"), Permission.REQUEST_MANAGE,
            "answer access and correction requests on time and prove it (P7)", null);

    private final String title;
    private final String holds;
    private final List<String> tables;
    private final Permission permission;
    private final String purpose;
    private final String restriction;

    DataCategory(String title, String holds, List<String> tables, Permission permission, String purpose,
                 String restriction) {
        this.title = title;
        this.holds = holds;
        this.tables = tables;
        this.permission = permission;
        this.purpose = purpose;
        this.restriction = restriction;
    }

    public String title() { return title; }

    /** What the category holds, in words. */
    public String holds() { return holds; }

    /** The tables it is stored in (lower case, as in the migrations). */
    public List<String> tables() { return tables; }

    /** The permission that reads it. */
    public Permission permission() { return permission; }

    /** Why it is kept. */
    public String purpose() { return purpose; }

    /** How it is further limited (masking, partial view), or null. */
    public String restriction() { return restriction; }

    /** The roles that may read the category, from the permission matrix. */
    public Set<Role> roles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (Permissions.of(role).contains(permission)) {
                roles.add(role);
            }
        }
        return Set.copyOf(roles);
    }

    /** Every table of the inventory, once each. */
    public static Set<String> allTables() {
        return Set.copyOf(Arrays.stream(values()).flatMap(c -> c.tables.stream()).toList());
    }
}
