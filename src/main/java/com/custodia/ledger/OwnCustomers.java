package com.custodia.ledger;

import com.custodia.persistence.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The part of the ledger an operator sees who reads it only about their own customers (decision
 * 0028): the entries that list at least one person whose account owner they are, or a record since
 * merged into such a person, and that are not under a running non-notification period. The
 * condition is written once, here, and {@link LedgerQueries} adds it to its WHERE clause.
 */
public final class OwnCustomers {

    /**
     * Whose customers, and the instant that decides which non-notification periods still run.
     */
    public record Scope(long ownerId, Instant at) {
        public Scope {
            Objects.requireNonNull(at, "at");
        }
    }

    /** The ids of an owner's persons and of the records merged into them: binds the owner's id twice. */
    static final String PERSON_IDS = "SELECT p.id FROM person p WHERE p.account_owner_id = ?"
            + " UNION SELECT m.merged_id FROM person_merge m JOIN person p ON p.id = m.survivor_id"
            + " WHERE p.account_owner_id = ?";

    /**
     * The condition on {@code ledger_entry} rows: binds the owner's id twice, then the instant. The
     * (person_id, seq) index finds the owner's entries without reading anyone else's.
     */
    static final String ENTRY_CONDITION = "seq IN (SELECT lp.seq FROM ledger_entry_person lp WHERE lp.person_id IN ("
            + PERSON_IDS + ")) AND (non_notification_until IS NULL OR non_notification_until <= ?)";

    private final Database database;

    public OwnCustomers(Database database) {
        this.database = database;
    }

    /** The values {@link #ENTRY_CONDITION} binds, in order. */
    static List<Object> values(Scope scope) {
        return List.of(scope.ownerId(), scope.ownerId(), Timestamp.from(scope.at()));
    }

    /** Whether the person, or the person a record of theirs was merged into, is the owner's customer. */
    public boolean owns(long ownerId, long personId) {
        return database.fromConnection(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM person p WHERE p.account_owner_id = ?"
                    + " AND (p.id = ? OR p.id IN (SELECT m.survivor_id FROM person_merge m WHERE m.merged_id = ?))")) {
                st.setLong(1, ownerId);
                st.setLong(2, personId);
                st.setLong(3, personId);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return rs.getLong(1) > 0;
                }
            }
        });
    }

    /** Whether the entry is in the scope's part of the ledger. */
    public boolean sees(Scope scope, long seq) {
        return database.fromConnection(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT COUNT(*) FROM ledger_entry WHERE seq = ? AND " + ENTRY_CONDITION)) {
                st.setLong(1, seq);
                bind(st, 2, values(scope));
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return rs.getLong(1) > 0;
                }
            }
        });
    }

    /** The first {@code limit} of the entry's persons who are the owner's customers, ascending. */
    public List<Long> personsOf(long seq, long ownerId, int limit) {
        return database.fromConnection(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT person_id FROM ledger_entry_person WHERE seq = ?"
                    + " AND person_id IN (" + PERSON_IDS + ") ORDER BY person_id")) {
                st.setLong(1, seq);
                st.setLong(2, ownerId);
                st.setLong(3, ownerId);
                st.setMaxRows(Math.max(1, limit));
                List<Long> out = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
                return out;
            }
        });
    }

    private static void bind(PreparedStatement st, int first, List<Object> values) throws java.sql.SQLException {
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (v instanceof Long l) {
                st.setLong(first + i, l);
            } else {
                st.setTimestamp(first + i, (Timestamp) v);
            }
        }
    }
}
