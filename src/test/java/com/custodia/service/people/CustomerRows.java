package com.custodia.service.people;

import com.custodia.persistence.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rows of every category for the merge tests, written by plain SQL so the tests do not depend on
 * how (or whether yet) each category is mapped. Ids are high and distinct within one database.
 */
final class CustomerRows {

    private final Database database;
    private final AtomicLong ids = new AtomicLong(7_000_000);

    CustomerRows(Database database) {
        this.database = database;
    }

    long next() {
        return ids.incrementAndGet();
    }

    /** One row in every table that holds a person's data (three web visits), all for {@code person}. */
    void everyCategory(long person) {
        sql("INSERT INTO point_of_contact (id, person_id, reason, occurred_at, note, version) VALUES ("
                + next() + ", " + person + ", 'TRIAL_ISSUED', " + at("2025-01-02 10:00:00") + ", 'trial', 0)");
        long license = next();
        sql("INSERT INTO license (id, person_id, license_key, license_key_norm, product, edition, seats, issued_on, "
                + "status, version) VALUES (" + license + ", " + person + ", 'KEY-" + license + "', 'KEY" + license
                + "', 'Custodia', 'Pro', 5, DATE '2025-01-02', 'ACTIVE', 0)");
        sql("INSERT INTO customer_order (id, person_id, product, ordered_at, amount, currency, card_brand, card_last4, "
                + "version) VALUES (" + next() + ", " + person + ", 'Custodia Pro', " + at("2025-01-02 10:05:00")
                + ", 499.00, 'EUR', 'VISA', '4242', 0)");
        for (int i = 0; i < 3; i++) {
            sql("INSERT INTO web_visit (id, person_id, visited_at, ip_address, browser) VALUES (" + next() + ", "
                    + person + ", " + at("2025-01-0" + (i + 1) + " 09:00:00") + ", '192.0.2." + i + "', 'Firefox')");
        }
        sql("INSERT INTO forum_post (id, person_id, email, posted_at, subject) VALUES (" + next() + ", " + person
                + ", 'ada@example.com', " + at("2025-01-03 12:00:00") + ", 'Export question')");
        sql("INSERT INTO correspondence (id, person_id, email, sent_at, subject, direction) VALUES (" + next() + ", "
                + person + ", 'ada@example.com', " + at("2025-01-04 12:00:00") + ", 'Invoice', 'OUTBOUND')");
        sql("INSERT INTO job_application (id, person_id, full_name, position, status, applied_at, version) VALUES ("
                + next() + ", " + person + ", 'Ada Lovelace', 'Engineer', 'RECEIVED', " + at("2025-01-05 08:00:00")
                + ", 0)");
    }

    long preference(long person, String messageClass, boolean subscribed, String since) {
        long id = next();
        sql("INSERT INTO communication_preference (id, person_id, message_class, subscribed, since, source, version) "
                + "VALUES (" + id + ", " + person + ", '" + messageClass + "', " + subscribed + ", " + at(since)
                + ", 'web form', 0)");
        return id;
    }

    /** A history entry for the person, as the change history writes them. */
    void history(long person, String field, String oldValue, String newValue) {
        long revision = next();
        sql("INSERT INTO change_revision (id, changed_at, operator_name, source) VALUES (" + revision + ", "
                + at("2025-01-06 08:00:00") + ", 'sam', 'edit')");
        sql("INSERT INTO change_record (id, revision_id, person_id, entity, entity_id, field, old_value, new_value) "
                + "VALUES (" + next() + ", " + revision + ", " + person + ", 'person', " + person + ", '" + field
                + "', '" + oldValue + "', '" + newValue + "')");
    }

    long count(String table, String where) {
        return database.<Long>fromConnection(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT COUNT(*) FROM " + table + " WHERE " + where)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Rows of a query as "a|b|c" strings. */
    List<String> rows(String query) {
        return database.<List<String>>fromConnection(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement(query); ResultSet rs = st.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 1; i <= n; i++) {
                        sb.append(i > 1 ? "|" : "").append(rs.getString(i));
                    }
                    out.add(sb.toString());
                }
            }
            return out;
        });
    }

    void sql(String statement) {
        database.<Void>fromConnection(c -> {
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
