package com.custodia.service.people;

import com.custodia.service.people.SearchTerms.Probe;
import com.custodia.service.people.SearchTerms.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements behind search and the People table, the same text on H2 and PostgreSQL. Every
 * range is {@code key >= ? AND key < ?} over a stored key (V6), and every order is one an index
 * of V11 holds, so each statement is an index walk that stops after the rows it returns.
 */
final class PersonSql {

    /** The columns of {@link PersonRow}, in {@link RowReader}'s order. */
    static final String ROW_COLUMNS = "p.id, p.kind, p.first_name, p.last_name, p.company, p.email, p.phone, p.country";
    /** The stored keys, which order a text listing when it is sorted by a column. */
    static final String KEY_COLUMNS = "p.last_name_key, p.first_name_key, p.company_key, p.email_key";
    /**
     * The message classes a person may decline (P9); the mandatory ones (welcome, billing,
     * technical, security) always go out, so declining one of these is what "opted out" means.
     */
    static final List<String> OPTIONAL_MESSAGE_CLASSES = List.of("FEATURES", "UPGRADES");
    /** The most rows read by primary key at once. */
    static final int MAX_ROWS = 1_000;
    private static final int[] PLACEHOLDERS = {1, 10, 25, 50, 100, 200, 500, MAX_ROWS};

    private PersonSql() {
    }

    /**
     * The ids of persons whose {@code driver} field starts with its prefix and who match every
     * other term and the filter, in the order of the driver's index, at most {@code limit}; for a
     * license key also the key. Only ids are read, and the other words are checked on the name and
     * company keys that each name and company index holds, so the engine reads no rows unless a
     * filter or an email or phone word asks for them.
     */
    static Sql stream(Probe driver, List<Term> others, PersonFilter filter, int limit) {
        Builder b = new Builder();
        if (driver.field() == SearchField.LICENSE_KEY) {
            b.sql("SELECT l.person_id, l.license_key FROM license l");
            if (!others.isEmpty() || !filter.isEmpty()) {
                b.sql(" JOIN person p ON p.id = l.person_id");
            }
            b.sql(" WHERE ");
        } else {
            b.sql("SELECT p.id, CAST(NULL AS VARCHAR(64)) FROM person p WHERE ");
        }
        range(b, driver);
        for (Term term : others) {
            b.sql(" AND ");
            anyOf(b, term);
        }
        filter(b, filter, true);
        b.sql(" ORDER BY ").sql(order(driver.field())).sql(" LIMIT ?").param(limit);
        return b.build();
    }

    /** The keys a listing of search results is sorted by, for some of them. */
    static Sql keys(List<Long> ids) {
        Builder b = new Builder();
        b.sql("SELECT p.id, ").sql(KEY_COLUMNS).sql(" FROM person p WHERE p.id IN (");
        for (int i = 0; i < ids.size(); i++) {
            b.sql(i == 0 ? "?" : ", ?").param(ids.get(i));
        }
        b.sql(")");
        return b.build();
    }

    /**
     * How many persons each probe of each term finds, counted up to {@code cap}: one row, one
     * column per probe in order. It picks the term that drives a search of several words.
     */
    static Sql estimate(List<Term> terms, int cap) {
        Builder b = new Builder();
        b.sql("SELECT ");
        int n = 0;
        for (Term term : terms) {
            for (Probe probe : term.probes()) {
                if (n > 0) {
                    b.sql(", ");
                }
                b.sql("(SELECT COUNT(*) FROM (SELECT 1 AS one FROM ");
                b.sql(probe.field() == SearchField.LICENSE_KEY ? "license l" : "person p").sql(" WHERE ");
                range(b, probe);
                b.sql(" LIMIT ?) c").sql(Integer.toString(n)).sql(")").param(cap);
                n++;
            }
        }
        if (n == 0) {
            throw new IllegalArgumentException("nothing to estimate");
        }
        return b.build();
    }

    /** The states of a request that is not answered yet (RequestStatus: not COMPLETED, not REFUSED). */
    private static final String OPEN_REQUEST_STATES = "'RECEIVED', 'AWAITING_IDENTITY', 'VERIFIED'";

    /**
     * Every id in the order of {@code key}, a walk of that key's index that reads no rows; with a
     * kind or country filter in name order only, which is the index that holds them ("opted out"
     * is not checked here). There is no such walk by id alone, which would read every row: order by
     * id is name order sorted in memory.
     */
    static Sql snapshot(PersonFilter filter, PersonSort.Key key) {
        boolean nameOrder = key == PersonSort.Key.RELEVANCE || key == PersonSort.Key.NAME;
        if (filter.optedOut() || filter.openRequest() || !(nameOrder || filter.isEmpty())) {
            throw new IllegalArgumentException("a snapshot walks an index and checks only what it holds");
        }
        Builder b = new Builder();
        b.sql("SELECT p.id FROM person p");
        filter(b, filter, false);
        b.sql(" ORDER BY ").sql(switch (key) {
            case RELEVANCE, NAME -> "p.last_name_key, p.first_name_key, p.id";
            case COMPANY -> "p.company_key, p.last_name_key, p.first_name_key, p.id";
            case EMAIL -> "p.email_key, p.id";
            case ADDED -> throw new IllegalArgumentException("no index walk by id");
        });
        return b.build();
    }

    /**
     * The first {@code limit} ids of a listing in its order, straight from the index (or the
     * primary key for order by id), without a snapshot: what a table shows while its snapshot is
     * taken.
     */
    static Sql first(PersonFilter filter, PersonSort sort, int limit) {
        String direction = sort.descending() ? " DESC" : "";
        Builder b = new Builder();
        b.sql("SELECT p.id FROM person p");
        filter(b, filter, false);
        List<String> columns = switch (sort.key()) {
            case RELEVANCE, NAME -> List.of("p.last_name_key", "p.first_name_key", "p.id");
            case COMPANY -> List.of("p.company_key", "p.last_name_key", "p.first_name_key", "p.id");
            case EMAIL -> List.of("p.email_key", "p.id");
            case ADDED -> List.of("p.id");
        };
        b.sql(" ORDER BY ").sql(String.join(direction + ", ", columns) + direction).sql(" LIMIT ?").param(limit);
        return b.build();
    }

    /** The persons who declined an optional message class, ascending. */
    static Sql optedOut() {
        return new Sql("SELECT DISTINCT cp.person_id FROM communication_preference cp WHERE cp.message_class IN ('"
                + String.join("', '", OPTIONAL_MESSAGE_CLASSES) + "') AND cp.subscribed = FALSE ORDER BY cp.person_id",
                List.of());
    }

    /** The persons matched to a request not yet answered (received, awaiting identity, verified), ascending. */
    static Sql openRequests() {
        return new Sql("SELECT DISTINCT srp.person_id FROM subject_request_person srp JOIN subject_request r"
                + " ON r.id = srp.request_id WHERE r.status IN (" + OPEN_REQUEST_STATES + ") ORDER BY srp.person_id",
                List.of());
    }

    /**
     * The rows of {@code count} ids from {@code from}, by primary key. The number of placeholders
     * is rounded up to one of a few sizes (the last id repeated), so each engine sees few distinct
     * statements.
     */
    static Sql rows(long[] ids, int from, int count) {
        int size = PLACEHOLDERS[PLACEHOLDERS.length - 1];
        for (int placeholders : PLACEHOLDERS) {
            if (placeholders >= count) {
                size = placeholders;
                break;
            }
        }
        if (count < 1 || count > size) {
            throw new IllegalArgumentException("between 1 and " + size + " rows, not " + count);
        }
        Builder b = new Builder();
        b.sql("SELECT ").sql(ROW_COLUMNS).sql(" FROM person p WHERE p.id IN (");
        for (int i = 0; i < size; i++) {
            b.sql(i == 0 ? "?" : ", ?").param(ids[from + Math.min(i, count - 1)]);
        }
        b.sql(")");
        return b.build();
    }

    private static String order(SearchField field) {
        return switch (field) {
            case LAST_NAME -> "p.last_name_key, p.first_name_key, p.id";
            case FIRST_NAME -> "p.first_name_key, p.last_name_key, p.id";
            case COMPANY -> "p.company_key, p.last_name_key, p.first_name_key, p.id";
            case EMAIL -> "p.email_key, p.id";
            case PHONE -> "p.phone_key, p.id";
            case LICENSE_KEY -> "l.license_key_norm, l.person_id";
        };
    }

    private static String column(SearchField field) {
        return switch (field) {
            case LAST_NAME -> "p.last_name_key";
            case FIRST_NAME -> "p.first_name_key";
            case COMPANY -> "p.company_key";
            case EMAIL -> "p.email_key";
            case PHONE -> "p.phone_key";
            case LICENSE_KEY -> "l.license_key_norm";
        };
    }

    private static void range(Builder b, Probe probe) {
        String column = column(probe.field());
        b.sql(column).sql(" >= ? AND ").sql(column).sql(" < ?").param(probe.from()).param(probe.to());
    }

    /** The term is the start of one of the person's fields (or of one of their license keys). */
    private static void anyOf(Builder b, Term term) {
        b.sql("(");
        boolean first = true;
        for (Probe probe : term.probes()) {
            if (!first) {
                b.sql(" OR ");
            }
            first = false;
            if (probe.field() == SearchField.LICENSE_KEY) {
                b.sql("EXISTS (SELECT 1 FROM license lt WHERE lt.person_id = p.id AND lt.license_key_norm >= ?"
                        + " AND lt.license_key_norm < ?)").param(probe.from()).param(probe.to());
            } else {
                b.sql("(");
                range(b, probe);
                b.sql(")");
            }
        }
        b.sql(")");
    }

    private static void filter(Builder b, PersonFilter filter, boolean and) {
        String joiner = and ? " AND " : " WHERE ";
        if (filter.kind() != null) {
            b.sql(joiner).sql("p.kind = ?").param(filter.kind().name());
            joiner = " AND ";
        }
        if (filter.country() != null) {
            b.sql(joiner).sql("p.country = ?").param(filter.country());
            joiner = " AND ";
        }
        if (filter.optedOut()) {
            b.sql(joiner).sql("EXISTS (SELECT 1 FROM communication_preference cp WHERE cp.person_id = p.id"
                    + " AND cp.message_class IN ('" + String.join("', '", OPTIONAL_MESSAGE_CLASSES) + "')"
                    + " AND cp.subscribed = FALSE)");
            joiner = " AND ";
        }
        if (filter.openRequest()) {
            b.sql(joiner).sql("EXISTS (SELECT 1 FROM subject_request_person srp JOIN subject_request r"
                    + " ON r.id = srp.request_id WHERE srp.person_id = p.id AND r.status IN (" + OPEN_REQUEST_STATES
                    + "))");
        }
    }

    /** Text and parameters grown together, so a placeholder is never without its value. */
    private static final class Builder {
        private final StringBuilder text = new StringBuilder(256);
        private final List<Object> params = new ArrayList<>();

        Builder sql(String s) {
            text.append(s);
            return this;
        }

        Builder param(Object value) {
            params.add(value);
            return this;
        }

        Sql build() {
            return new Sql(text.toString(), params);
        }
    }
}
