package com.custodia.service.people;

import java.time.Instant;
import java.util.List;
import org.hibernate.Session;

/** What the person_merge table tells about records that are gone. */
final class MergeHistory {

    private MergeHistory() {
    }

    /** A sentence for an id that no longer names a person: where it went, or that it never was. */
    static String whereIs(Session s, long personId) {
        List<Object[]> rows = s.createNativeQuery(
                        "SELECT survivor_id, merged_at, operator_name FROM person_merge WHERE merged_id = :id", Object[].class)
                .setParameter("id", personId).getResultList();
        if (rows.isEmpty()) {
            return "There is no person with id " + personId + ".";
        }
        Object[] row = rows.get(0);
        return "Person " + personId + " was merged into person " + ((Number) row[0]).longValue() + " on "
                + instant(row[1]) + " by " + row[2] + "; open person " + ((Number) row[0]).longValue() + " instead.";
    }

    static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("Unexpected time value " + value);
    }
}
