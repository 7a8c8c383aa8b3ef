package com.custodia.ledger;

import com.custodia.domain.LegalBasis;
import com.custodia.persistence.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Read queries over the ledger for people rather than for verification: a filtered page of
 * entries newest first, how many match, one entry, and every entry about one person. Plain JDBC
 * like {@link LedgerStore}, whose column list and row reader it shares so both read rows alike.
 */
public final class LedgerQueries {

    /** At most this many entries in one page, whatever the caller asks. */
    public static final int MAX_PAGE = 1000;

    /**
     * Which entries to show; every part is optional (null or blank means "any").
     *
     * @param recipient part of the recipient's name, matched without regard to case
     * @param from      first instant included
     * @param until     first instant no longer included
     * @param own       when set, only the entries about that owner's customers ({@link OwnCustomers})
     */
    public record Filter(Long personId, String recipient, LegalBasis basis, String channel, Instant from,
                         Instant until, OwnCustomers.Scope own) {

        public Filter(Long personId, String recipient, LegalBasis basis, String channel, Instant from, Instant until) {
            this(personId, recipient, basis, channel, from, until, null);
        }

        public static Filter none() {
            return new Filter(null, null, null, null, null, null);
        }

        /** This filter narrowed to one owner's customers, or (null) over the whole ledger. */
        public Filter ownedBy(OwnCustomers.Scope scope) {
            return new Filter(personId, recipient, basis, channel, from, until, scope);
        }
    }

    private final Database database;

    public LedgerQueries(Database database) {
        this.database = database;
    }

    /**
     * One page of entries matching the filter, newest first. Paging is by key: pass the lowest
     * sequence number of the previous page as {@code before} (null for the newest page), which
     * costs the same at any depth, unlike an offset.
     */
    public List<AppendedEntry> page(Filter filter, Long before, int limit) {
        Where where = where(filter);
        if (before != null) {
            where.and("seq < ?", before);
        }
        String sql = LedgerStore.SELECT_ENTRIES + where.sql() + " ORDER BY seq DESC";
        int max = Math.max(1, Math.min(limit, MAX_PAGE));
        return database.fromConnection(c -> read(c, sql, where.values(), max));
    }

    /** How many entries match the filter. */
    public long count(Filter filter) {
        Where where = where(filter);
        return database.fromConnection(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM ledger_record" + where.sql())) {
                where.bind(st);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** One entry by its number. */
    public Optional<AppendedEntry> entry(long seq) {
        String sql = LedgerStore.SELECT_ENTRIES + " WHERE seq = ?";
        return database.fromConnection(c -> read(c, sql, List.of(seq), 1)).stream().findFirst();
    }

    /**
     * The first {@code limit} persons of an entry, ascending. An export of every person lists
     * them all; a screen shows only so many, so it never reads a million ids for one click.
     */
    public List<Long> personsOf(long seq, int limit) {
        return database.fromConnection(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT person_id FROM ledger_entry_person WHERE seq = ? ORDER BY person_id")) {
                st.setLong(1, seq);
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

    /** A signed checkpoint as a status line names it: how many entries it covers and when it was signed. */
    public record CheckpointMark(long treeSize, Instant signedAt) {
    }

    /** How many entries the ledger holds, from its head row (no count over the entries). */
    public long size() {
        return database.fromConnection(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT size FROM ledger_head WHERE id = 1");
                 ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    /** The checkpoint covering the most entries (the newest signed of those), if any was signed. */
    public Optional<CheckpointMark> newestCheckpoint() {
        return database.fromConnection(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT tree_size, signed_at FROM ledger_checkpoint ORDER BY tree_size DESC, signed_at DESC")) {
                st.setMaxRows(1);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(new CheckpointMark(rs.getLong(1), rs.getTimestamp(2).toInstant()))
                            : Optional.<CheckpointMark>empty();
                }
            }
        });
    }

    /** Every entry that lists the person, oldest first: the raw material of their accounting. */
    public List<AppendedEntry> entriesOf(long personId) {
        String sql = LedgerStore.SELECT_ENTRIES + " WHERE seq IN "
                + "(SELECT seq FROM ledger_entry_person WHERE person_id = ?) ORDER BY seq";
        return database.fromConnection(c -> read(c, sql, List.of(personId), 0));
    }

    /**
     * Every entry that lists any of the persons, oldest first, each once: the accounting of one
     * person whose other records were merged into theirs reads all their identities.
     */
    public List<AppendedEntry> entriesOf(Collection<Long> personIds) {
        if (personIds.size() == 1) {
            return entriesOf(personIds.iterator().next());
        }
        List<Object> ids = new ArrayList<>(new TreeSet<>(personIds));
        String marks = String.join(", ", Collections.nCopies(ids.size(), "?"));
        String sql = LedgerStore.SELECT_ENTRIES + " WHERE seq IN "
                + "(SELECT seq FROM ledger_entry_person WHERE person_id IN (" + marks + ")) ORDER BY seq";
        return database.fromConnection(c -> read(c, sql, ids, 0));
    }

    /**
     * Every entry on one of {@code bases} whose reference is {@code reference} (an order's or a
     * grant's id), oldest first: the disclosures of one case.
     */
    public List<AppendedEntry> entriesReferencing(Collection<LegalBasis> bases, String reference) {
        List<Object> values = new ArrayList<>();
        values.add(reference);
        bases.forEach(b -> values.add(b.name()));
        String marks = String.join(", ", Collections.nCopies(bases.size(), "?"));
        String sql = LedgerStore.SELECT_ENTRIES + " WHERE reference = ? AND basis IN ("
                + marks + ") ORDER BY seq";
        return database.fromConnection(c -> read(c, sql, values, 0));
    }

    /** How many entries about the person are still under a non-notification period at {@code now}. */
    public long heldBack(long personId, Instant now) {
        return database.fromConnection(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM ledger_record WHERE seq IN "
                    + "(SELECT seq FROM ledger_entry_person WHERE person_id = ?) AND non_notification_until > ?")) {
                st.setLong(1, personId);
                st.setTimestamp(2, Timestamp.from(now));
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private static List<AppendedEntry> read(Connection c, String sql, List<Object> values, int max) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            bind(st, values);
            if (max > 0) {
                st.setMaxRows(max);
            } else {
                st.setFetchSize(1000);
            }
            List<AppendedEntry> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(LedgerStore.entry(rs));
                }
            }
            return out;
        }
    }

    private static Where where(Filter f) {
        Where where = new Where();
        if (f.personId() != null) {
            // the (person_id, seq) index answers this without touching other persons' rows
            where.and("seq IN (SELECT seq FROM ledger_entry_person WHERE person_id = ?)", f.personId());
        }
        if (f.recipient() != null && !f.recipient().isBlank()) {
            // the few texts that match, then the rows naming one of them: no text is joined to a row it does not match
            where.and("recipient_name_text IN (SELECT id FROM ledger_text WHERE LOWER(text) LIKE ? ESCAPE '!')",
                    "%" + likeEscape(f.recipient().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        if (f.basis() != null) {
            where.and("basis = ?", f.basis().name());
        }
        if (f.channel() != null && !f.channel().isBlank()) {
            where.and("channel = ?", f.channel().strip());
        }
        if (f.from() != null) {
            where.and("occurred_at >= ?", Timestamp.from(f.from()));
        }
        if (f.until() != null) {
            where.and("occurred_at < ?", Timestamp.from(f.until()));
        }
        if (f.own() != null) {
            where.and(OwnCustomers.condition(f.own()), OwnCustomers.values(f.own()));
        }
        return where;
    }

    /** Typed text is matched literally: {@code %} and {@code _} are not wildcards to the operator. */
    static String likeEscape(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static void bind(PreparedStatement st, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (v instanceof Long l) {
                st.setLong(i + 1, l);
            } else if (v instanceof Timestamp t) {
                st.setTimestamp(i + 1, t);
            } else {
                st.setString(i + 1, (String) v);
            }
        }
    }

    /** A WHERE clause built from optional parts, with its values in order. */
    private static final class Where {
        private final StringBuilder sql = new StringBuilder();
        private final List<Object> values = new ArrayList<>();

        void and(String condition, Object... conditionValues) {
            sql.append(sql.length() == 0 ? " WHERE " : " AND ").append(condition);
            values.addAll(List.of(conditionValues));
        }

        String sql() {
            return sql.toString();
        }

        List<Object> values() {
            return values;
        }

        void bind(PreparedStatement st) throws SQLException {
            LedgerQueries.bind(st, values);
        }
    }
}
