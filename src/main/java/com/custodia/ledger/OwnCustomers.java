package com.custodia.ledger;

import com.custodia.persistence.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The part of the ledger an operator sees who reads it only about their own customers (decision
 * 0028): the entries that list at least one person whose account owner they are, and that are not
 * under a running non-notification period. The condition is written here, once per way of
 * evaluating it, over the columns of the table {@code ledger_record} that stores entries, and
 * {@link LedgerQueries} adds it to its WHERE clause.
 */
public final class OwnCustomers {

    /**
     * How the condition is evaluated. Both list plans give the same entries; which is fast depends
     * on how many customers the owner has against the size of the ledger (H2 follows the query's
     * shape, so the shape is chosen here; decision 0028 has the figures).
     */
    public enum Plan {
        /** From the owner's customers to their entries: for an owner with few customers in a large ledger. */
        BY_CUSTOMERS("seq IN (SELECT lp.seq FROM ledger_entry_person lp JOIN person p ON p.id = lp.person_id"
                + " WHERE p.account_owner_id = ?) AND " + Plan.NOT_HELD_BACK),
        /** Entry by entry, newest first: for an owner with many customers, or a small ledger. */
        BY_ENTRIES("EXISTS (SELECT 1 FROM ledger_entry_person lp JOIN person p ON p.id = lp.person_id"
                + " WHERE lp.seq = ledger_record.seq AND p.account_owner_id = ?) AND " + Plan.NOT_HELD_BACK),
        /**
         * The filter names one person, already found to be the owner's customer: every entry about
         * them is the owner's, so only the non-notification periods remain to be checked.
         */
        PERSON_CHECKED(Plan.NOT_HELD_BACK);

        private static final String NOT_HELD_BACK = "(non_notification_until IS NULL OR non_notification_until <= ?)";

        private final String condition;

        Plan(String condition) {
            this.condition = condition;
        }
    }

    /** Whose customers, the instant that decides which non-notification periods still run, and the plan. */
    public record Scope(long ownerId, Instant at, Plan plan) {
        public Scope {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(plan, "plan");
        }
    }

    /**
     * With at least one customer for this many entries of the ledger, an owner's entries are read
     * entry by entry: they are dense enough that a page fills after a short walk, and following
     * every customer to their entries would cost more than walking the ledger.
     */
    static final int ENTRIES_PER_CUSTOMER = 20;

    private final Database database;

    public OwnCustomers(Database database) {
        this.database = database;
    }

    /**
     * The scope of one read by the owner: the plan follows from the ledger's size and whether the
     * owner has at least one customer per {@value #ENTRIES_PER_CUSTOMER} entries (counted no further
     * than that, through the owner index).
     */
    public Scope scope(long ownerId, Instant at) {
        return database.fromConnection(c -> {
            long enough = ledgerSize(c) / ENTRIES_PER_CUSTOMER + 1;
            try (PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM (SELECT p.id FROM person p"
                    + " WHERE p.account_owner_id = ? LIMIT ?) owned")) {
                st.setLong(1, ownerId);
                st.setLong(2, enough);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return new Scope(ownerId, at, rs.getLong(1) >= enough ? Plan.BY_ENTRIES : Plan.BY_CUSTOMERS);
                }
            }
        });
    }

    /** The condition on {@code ledger_record} rows for the scope. */
    static String condition(Scope scope) {
        return scope.plan().condition;
    }

    /** The values {@link #condition} binds, in order. */
    static Object[] values(Scope scope) {
        Timestamp at = Timestamp.from(scope.at());
        return scope.plan() == Plan.PERSON_CHECKED ? new Object[] {at} : new Object[] {scope.ownerId(), at};
    }

    /** Whether the person is the owner's customer. */
    public boolean owns(long ownerId, long personId) {
        return database.fromConnection(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT COUNT(*) FROM person p WHERE p.id = ? AND p.account_owner_id = ?")) {
                st.setLong(1, personId);
                st.setLong(2, ownerId);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return rs.getLong(1) > 0;
                }
            }
        });
    }

    /** Whether the entry is in the owner's part of the ledger. */
    public boolean sees(Scope scope, long seq) {
        Scope oneEntry = new Scope(scope.ownerId(), scope.at(), Plan.BY_ENTRIES);
        return database.fromConnection(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT COUNT(*) FROM ledger_record WHERE seq = ? AND " + condition(oneEntry))) {
                st.setLong(1, seq);
                Object[] values = values(oneEntry);
                st.setLong(2, (Long) values[0]);
                st.setTimestamp(3, (Timestamp) values[1]);
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
            try (PreparedStatement st = c.prepareStatement("SELECT lp.person_id FROM ledger_entry_person lp"
                    + " JOIN person p ON p.id = lp.person_id WHERE lp.seq = ? AND p.account_owner_id = ?"
                    + " ORDER BY lp.person_id")) {
                st.setLong(1, seq);
                st.setLong(2, ownerId);
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

    private static long ledgerSize(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT size FROM ledger_head WHERE id = 1");
             ResultSet rs = st.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0L;
        }
    }
}
