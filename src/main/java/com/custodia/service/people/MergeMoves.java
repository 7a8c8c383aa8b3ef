package com.custodia.service.people;

import com.custodia.domain.PersonField;
import com.custodia.policy.MergeRules;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Session;

/**
 * The statements of one merge: bulk UPDATEs that re-point rows from the merged person to the
 * survivor, each preceded by the change records of the rows it moves, and the deletion of the
 * merged person. Row counts can be large (thousands of web visits), so nothing is loaded as an
 * entity.
 */
final class MergeMoves {

    /**
     * Every table whose rows belong to a person, in the order they move. A test compares this
     * list with the foreign keys to person in the schema, so a new table cannot be forgotten.
     */
    static final List<String> MOVED_TABLES = List.of("point_of_contact", "license", "customer_order", "web_visit",
            "forum_post", "correspondence", "job_application", "communication_preference", "consent", "statement",
            "campaign_contact");
    /** Tables with an optimistic-lock version, bumped when a row moves so open edits of it notice. */
    static final Set<String> VERSIONED = Set.of("point_of_contact", "license", "customer_order", "job_application",
            "communication_preference", "consent", "statement");
    /** The change history, keyed by person but without a foreign key (the merged record goes). */
    static final String HISTORY = "change_record";
    /** Earlier merges into the merged record: their survivor becomes this survivor. */
    static final String EARLIER_MERGES = "person_merge";

    private static final String PREFERENCE = "communication_preference";
    private static final String CUSTOMER_DATA_SEQ = "customer_data_seq";

    private final Session s;
    private final long revision;
    private final long survivorId;
    private final long mergedId;

    MergeMoves(Session s, long revision, long survivorId, long mergedId) {
        this.s = s;
        this.revision = revision;
        this.survivorId = survivorId;
        this.mergedId = mergedId;
    }

    static int count(Session s, String table, long personId) {
        return ((Number) s.createNativeQuery("SELECT COUNT(*) FROM " + table + " WHERE person_id = :p", Object.class)
                .setParameter("p", personId).getSingleResult()).intValue();
    }

    /**
     * One preference row per person and message class may exist: where both records hold one,
     * the rule of {@link MergeRules#keepMergedPreference} picks it and the other row is deleted
     * (its values kept in the change history) before the rows move.
     */
    List<String> settlePreferences() {
        List<Object[]> rows = s.createNativeQuery("SELECT id, person_id, message_class, subscribed, since, source "
                        + "FROM " + PREFERENCE + " WHERE person_id IN (:s, :m) ORDER BY message_class, person_id",
                Object[].class).setParameter("s", survivorId).setParameter("m", mergedId).getResultList();
        Map<String, Object[]> survivors = new HashMap<>();
        Map<String, Object[]> mergeds = new LinkedHashMap<>();
        for (Object[] row : rows) {
            (((Number) row[1]).longValue() == survivorId ? survivors : mergeds).put((String) row[2], row);
        }
        List<String> decisions = new ArrayList<>();
        for (Map.Entry<String, Object[]> e : mergeds.entrySet()) {
            Object[] kept = survivors.get(e.getKey());
            if (kept == null) {
                continue;
            }
            Object[] theirs = e.getValue();
            boolean takeMerged = MergeRules.keepMergedPreference(MergeHistory.instant(kept[4]),
                    MergeHistory.instant(theirs[4]));
            deletePreference(takeMerged ? kept : theirs);
            decisions.add(e.getKey() + " " + (takeMerged ? "taken from the merged record (newer)" : "kept the survivor's"));
        }
        return decisions;
    }

    private void deletePreference(Object[] row) {
        long id = ((Number) row[0]).longValue();
        String[] fields = {"message_class", "subscribed", "since", "source"};
        for (int i = 0; i < fields.length; i++) {
            Object value = row[i + 2];
            String text = i == 2 ? MergeHistory.instant(value).toString() : String.valueOf(value);
            ChangeLog.record(s, revision, survivorId, PREFERENCE, id, fields[i], text, null);
        }
        s.createNativeMutationQuery("DELETE FROM " + PREFERENCE + " WHERE id = :id").setParameter("id", id)
                .executeUpdate();
    }

    /** Moves every category and the history; returns rows moved per table. */
    Map<String, Integer> moveAll() {
        Map<String, Integer> moved = new LinkedHashMap<>();
        for (String table : MOVED_TABLES) {
            int recorded = ChangeLog.recordMoves(s, revision, table, mergedId, survivorId);
            int updated = s.createNativeMutationQuery("UPDATE " + table + " SET person_id = :s"
                            + (VERSIONED.contains(table) ? ", version = version + 1" : "") + " WHERE person_id = :m")
                    .setParameter("s", survivorId).setParameter("m", mergedId).executeUpdate();
            if (recorded != updated) {
                // both statements run under the lock on the merged person; a difference means a
                // writer that ignores it, and the history would not match the move
                throw new IllegalStateException("Rows of " + table + " changed while they were being moved; "
                        + "nothing was merged, try again.");
            }
            moved.put(table, updated);
        }
        // the history itself is re-pointed, not recorded again: the revision of this merge and
        // the person_merge row say that it moved, and each record keeps the entity id it was about
        moved.put(HISTORY, s.createNativeMutationQuery(
                        "UPDATE " + HISTORY + " SET person_id = :s WHERE person_id = :m")
                .setParameter("s", survivorId).setParameter("m", mergedId).executeUpdate());
        moved.put(EARLIER_MERGES, s.createNativeMutationQuery(
                        "UPDATE " + EARLIER_MERGES + " SET survivor_id = :s WHERE survivor_id = :m")
                .setParameter("s", survivorId).setParameter("m", mergedId).executeUpdate());
        return moved;
    }

    /**
     * Deletes the merged person, checking its version in the statement, after writing its last
     * values to the history under the survivor (where the moved history now is).
     */
    void deleteMerged(PersonForm values, long version, String externalId) {
        for (PersonField f : PersonField.values()) {
            if (values.get(f) != null) {
                ChangeLog.record(s, revision, survivorId, "person", mergedId, f.column(), values.get(f), null);
            }
        }
        if (externalId != null) {
            ChangeLog.record(s, revision, survivorId, "person", mergedId, "external_id", externalId, null);
        }
        ChangeLog.record(s, revision, survivorId, "person", mergedId, "merged_into", null, String.valueOf(survivorId));
        int deleted = s.createNativeMutationQuery("DELETE FROM person WHERE id = :id AND version = :v")
                .setParameter("id", mergedId).setParameter("v", version).executeUpdate();
        if (deleted != 1) {
            throw new IllegalStateException("Person " + mergedId + " changed while it was being merged; "
                    + "nothing was merged, try again.");
        }
    }

    /** Writes the person_merge event and returns its id. */
    long recordEvent(String operator, Instant at, String detail) {
        long id = ChangeLog.nextValue(s, CUSTOMER_DATA_SEQ);
        s.createNativeMutationQuery("INSERT INTO person_merge (id, survivor_id, merged_id, merged_at, operator_name, "
                        + "detail) VALUES (:id, :s, :m, :at, :op, :detail)")
                .setParameter("id", id).setParameter("s", survivorId).setParameter("m", mergedId)
                .setParameter("at", at).setParameter("op", operator).setParameter("detail", detail).executeUpdate();
        return id;
    }
}
