package com.custodia.service.people;

import java.time.Instant;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionFactoryImplementor;

/**
 * Writes change history (change_revision, change_record of V6) for work done by bulk statements,
 * which no entity listener sees: a merge's moves of rows from one person to another. Ids come
 * from the tables' sequences one value per row, so they never collide with the blocks Hibernate's
 * pooled optimizer hands out (each block is bounded by a value this writer never received).
 */
final class ChangeLog {

    static final String CHANGE_SEQ = "change_seq";

    private ChangeLog() {
    }

    /** Starts a revision (one unit of work by one operator) and returns its id. */
    static long revision(Session s, String operator, String source, Instant at) {
        long id = nextValue(s, CHANGE_SEQ);
        s.createNativeMutationQuery("INSERT INTO change_revision (id, changed_at, operator_name, source) "
                        + "VALUES (:id, :at, :op, :source)")
                .setParameter("id", id).setParameter("at", at).setParameter("op", operator)
                .setParameter("source", source).executeUpdate();
        return id;
    }

    /** One field of one record changed. Values longer than the column are cut (history, not storage). */
    static void record(Session s, long revision, long personId, String entity, long entityId, String field,
                       String oldValue, String newValue) {
        s.createNativeMutationQuery("INSERT INTO change_record "
                        + "(id, revision_id, person_id, entity, entity_id, field, old_value, new_value) "
                        + "VALUES (" + nextValueSql(s, CHANGE_SEQ) + ", :rev, :person, :entity, :entityId, :field, :old, :new)")
                .setParameter("rev", revision).setParameter("person", personId).setParameter("entity", entity)
                .setParameter("entityId", entityId).setParameter("field", field)
                .setParameter("old", cut(oldValue)).setParameter("new", cut(newValue)).executeUpdate();
    }

    /**
     * Records, for every row of {@code table} that belongs to {@code from}, that its person_id
     * becomes {@code to}: one change_record per row, written by one INSERT … SELECT. Call it
     * before the UPDATE that moves them. Returns how many rows it recorded.
     */
    static int recordMoves(Session s, long revision, String table, long from, long to) {
        return s.createNativeMutationQuery("INSERT INTO change_record "
                        + "(id, revision_id, person_id, entity, entity_id, field, old_value, new_value) "
                        + "SELECT " + nextValueSql(s, CHANGE_SEQ) + ", :rev, :to, '" + table + "', id, 'person_id', "
                        + ":fromText, :toText FROM " + table + " WHERE person_id = :from")
                .setParameter("rev", revision).setParameter("to", to).setParameter("from", from)
                .setParameter("fromText", String.valueOf(from)).setParameter("toText", String.valueOf(to))
                .executeUpdate();
    }

    /** The next value of a sequence, spelled the way the connected engine spells it. */
    static long nextValue(Session s, String sequence) {
        return ((Number) s.createNativeQuery("SELECT " + nextValueSql(s, sequence), Object.class).getSingleResult())
                .longValue();
    }

    private static String nextValueSql(Session s, String sequence) {
        return ((SessionFactoryImplementor) s.getSessionFactory()).getJdbcServices().getDialect().getSequenceSupport()
                .getSelectSequenceNextValString(sequence);
    }

    private static String cut(String value) {
        if (value == null || value.length() <= 8000) {
            return value;
        }
        return value.substring(0, Character.isHighSurrogate(value.charAt(7999)) ? 7999 : 8000);
    }
}
