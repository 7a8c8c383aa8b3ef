package com.custodia.service.bench;

import com.custodia.domain.SearchKeys;
import com.custodia.persistence.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What operators type into the search box, drawn from the persons in the bench's workspace: the
 * first 1 to 6 characters of real last names, first names, companies and emails, as typed (case
 * and accents included); 3 to 8 digits of phone numbers; 4 to 8 characters of license keys with
 * their dash; and a first name followed by the start of a last name. Each prefix is a moment of
 * typing, so one-letter queries (the broadest) are as frequent as six-letter ones.
 */
final class TypedQueries {

    private TypedQueries() {
    }

    static List<String> draw(Database database, int count, long seed) {
        Random random = new Random(seed);
        return database.fromConnection(c -> {
            long[] range = idRange(c);
            List<String> queries = new ArrayList<>(count);
            try (PreparedStatement person = c.prepareStatement(
                    "SELECT first_name, last_name, company, email, phone FROM person WHERE id >= ? ORDER BY id LIMIT 1");
                 PreparedStatement license = c.prepareStatement(
                         "SELECT license_key FROM license WHERE person_id = ? ORDER BY id LIMIT 1")) {
                while (queries.size() < count) {
                    long id = range[0] + (long) (random.nextDouble() * (range[1] - range[0] + 1));
                    person.setLong(1, id);
                    String[] p = new String[5];
                    long found;
                    try (ResultSet rs = person.executeQuery()) {
                        if (!rs.next()) {
                            continue;
                        }
                        for (int i = 0; i < 5; i++) {
                            p[i] = rs.getString(i + 1);
                        }
                        found = id;
                    }
                    String query = query(random, p, () -> licenseOf(license, found));
                    if (query != null && !query.isBlank()) {
                        queries.add(query);
                    }
                }
            }
            return queries;
        });
    }

    private interface LicenseLookup {
        String get() throws SQLException;
    }

    private static String query(Random random, String[] p, LicenseLookup license) throws SQLException {
        int r = random.nextInt(100);
        int length = 1 + random.nextInt(6);
        if (r < 30) {
            return prefix(p[1], length);
        } else if (r < 45) {
            return prefix(p[0], length);
        } else if (r < 60) {
            return prefix(p[2], length);
        } else if (r < 70) {
            return prefix(p[3], length);
        } else if (r < 80) {
            String digits = SearchKeys.phone(p[4]);
            return digits == null ? null : prefix(digits, 3 + random.nextInt(6));
        } else if (r < 90) {
            String key = license.get();
            return key == null ? null : prefix(key, 4 + random.nextInt(5));
        }
        return p[0] == null ? null : p[0] + " " + prefix(p[1], 1 + random.nextInt(4));
    }

    private static String prefix(String value, int length) {
        if (value == null) {
            return null;
        }
        return value.substring(0, Math.min(length, value.length()));
    }

    private static String licenseOf(PreparedStatement license, long personId) throws SQLException {
        license.setLong(1, personId);
        try (ResultSet rs = license.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static long[] idRange(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MIN(id), MAX(id) FROM person");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }
}
