package com.custodia.service.people;

import com.custodia.persistence.Database;
import com.custodia.policy.PersonVisibility;
import com.custodia.service.auth.Principal;
import com.custodia.service.people.PersonSearch.Found;
import com.custodia.service.people.PersonSearch.Matches;
import com.custodia.service.people.SearchTerms.Parsed;
import com.custodia.service.security.AccessGuard;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Opens the People table's listings: a snapshot of the ids of every person shown, in order, taken
 * in one index walk, from which any position is one primary-key read away (see
 * {@link PersonListing}). A million ids take 8 MB; the rows themselves are read a page at a time.
 *
 * <p>Without search text a listing holds every person the filter lets through, in the chosen
 * order. With search text it holds the matches in {@link PersonSearch}'s order (or sorted by a
 * column), at most {@value #MAX_TEXT_MATCHES}: a listing that reached that says so, and the screen
 * asks for a longer query rather than offering a hundred thousand rows that begin with "m".
 */
public final class PersonListings {

    /** The most matches a listing with search text holds. */
    public static final int MAX_TEXT_MATCHES = 10_000;

    private final Database database;
    private final AccessGuard guard;

    public PersonListings(Database database, AccessGuard guard) {
        this.database = database;
        this.guard = guard;
    }

    /**
     * Takes the snapshot. It reads ids only from one index, but over a million persons that is a
     * walk of the whole index, seconds rather than milliseconds: call it off the UI thread and show
     * {@link #firstRows} meanwhile. With search text it is as quick as a search.
     *
     * @param text   search text, or null or blank for everyone
     * @param filter kind, country, opted out; {@link PersonFilter#NONE} for none
     * @param sort   the order; {@link PersonSort#RELEVANCE} is name order without text
     */
    public PersonListing open(Principal actor, String text, PersonFilter filter, PersonSort sort) {
        PersonVisibility visibility = PersonSearch.check(guard, actor, filter);
        Parsed parsed = SearchTerms.parse(text, visibility);
        if (text != null && !text.isBlank()) {
            if (parsed.words().isEmpty()) {
                return new PersonListing(database, new long[0], false, visibility, text, filter, sort);
            }
            Matches matches = database.fromConnection(c -> PersonSearch.find(c, parsed, filter, MAX_TEXT_MATCHES,
                    null));
            long[] ids = matches.found().stream().mapToLong(Found::id).toArray();
            if (sort.key() != PersonSort.Key.RELEVANCE) {
                ids = database.fromConnection(c -> sorted(c, matches.found(), sort.key()));
            }
            if (sort.descending()) {
                reverse(ids);
            }
            return new PersonListing(database, ids, matches.more(), visibility, text, filter, sort);
        }
        long[] ids = database.fromConnection(c -> everyone(c, filter, sort.key(), database.isEmbedded()));
        if (sort.descending()) {
            reverse(ids);
        }
        return new PersonListing(database, ids, false, visibility, null, filter, sort);
    }

    /**
     * The first rows a listing without text would show, read straight from the index in a few
     * milliseconds, for the table to show while {@link #open} takes the snapshot.
     */
    public List<PersonRow> firstRows(Principal actor, PersonFilter filter, PersonSort sort, int count) {
        PersonVisibility visibility = PersonSearch.check(guard, actor, filter);
        if (count < 1 || count > PersonListing.MAX_PAGE) {
            throw new IllegalArgumentException("Between 1 and " + PersonListing.MAX_PAGE + " rows, not " + count + ".");
        }
        long[] ids = database.fromConnection(c -> snapshot(c, PersonSql.first(filter, sort, count), false));
        return new PersonListing(database, ids, false, visibility, null, filter, sort).page(0, ids.length);
    }

    /**
     * The index walk that opening a listing without text starts with (the bench runs it raw too):
     * in the listing's order, or in name order when the listing is by id or filtered.
     */
    public static Sql snapshotSql(PersonFilter filter, PersonSort sort) {
        PersonFilter indexed = filter.indexed();
        boolean byName = sort.key() == PersonSort.Key.ADDED || !indexed.isEmpty();
        return PersonSql.snapshot(indexed, byName ? PersonSort.Key.NAME : sort.key());
    }

    /**
     * Every id the filter lets through, in order. Kind and country are checked in the last-name
     * index, which holds them; "opted out" and "has an open request" against the (small) sets of
     * persons who declined optional mail or are matched to a request not yet answered.
     * The order by id comes from sorting the ids in memory, since walking the primary key would
     * read every row. Company or email order with a filter walks that index and keeps the ids the
     * filtered name walk found.
     */
    private static long[] everyone(Connection c, PersonFilter filter, PersonSort.Key key, boolean embedded)
            throws SQLException {
        // the small sets the index cannot check: who declined optional mail, who has an open request
        long[] members = filter.optedOut() ? snapshot(c, PersonSql.optedOut(), embedded) : null;
        if (filter.openRequest()) {
            long[] asked = snapshot(c, PersonSql.openRequests(), embedded);
            members = members == null ? asked : keep(members, asked);
        }
        PersonFilter indexed = filter.indexed();
        boolean byNameIndex = key == PersonSort.Key.RELEVANCE || key == PersonSort.Key.NAME
                || key == PersonSort.Key.ADDED;
        if (!byNameIndex && indexed.isEmpty() && members == null) {
            return snapshot(c, PersonSql.snapshot(PersonFilter.NONE, key), embedded);
        }
        long[] ids = keep(snapshot(c, PersonSql.snapshot(indexed, PersonSort.Key.NAME), embedded), members);
        if (byNameIndex) {
            if (key == PersonSort.Key.ADDED) {
                Arrays.sort(ids);
            }
            return ids;
        }
        Arrays.sort(ids);
        return keep(snapshot(c, PersonSql.snapshot(PersonFilter.NONE, key), embedded), ids);
    }

    /** The ids (in their order) that are among {@code members} (ascending); all of them when null. */
    private static long[] keep(long[] ids, long[] members) {
        if (members == null) {
            return ids;
        }
        long[] kept = new long[Math.min(ids.length, members.length)];
        int n = 0;
        for (long id : ids) {
            if (Arrays.binarySearch(members, id) >= 0) {
                kept[n++] = id;
            }
        }
        return Arrays.copyOf(kept, n);
    }

    /**
     * Streams the ids into an array that grows by doubling. On H2 the query runs lazily, so the
     * engine hands rows over as it walks the index instead of building a million-row result first.
     */
    static long[] snapshot(Connection c, Sql sql, boolean embedded) throws SQLException {
        if (embedded) {
            try (Statement st = c.createStatement()) {
                st.execute("SET LAZY_QUERY_EXECUTION TRUE");
            }
        }
        try (PreparedStatement ps = RowReader.prepare(c, sql, null)) {
            ps.setFetchSize(10_000);
            long[] ids = new long[1 << 14];
            int n = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (n == ids.length) {
                        ids = Arrays.copyOf(ids, n * 2);
                    }
                    ids[n++] = rs.getLong(1);
                }
            }
            return n == ids.length ? ids : Arrays.copyOf(ids, n);
        } finally {
            if (embedded) {
                try (Statement st = c.createStatement()) {
                    st.execute("SET LAZY_QUERY_EXECUTION FALSE");
                }
            }
        }
    }

    /** A person's stored keys, to sort search matches by a column. */
    private record Keys(long id, String last, String first, String company, String email) {
    }

    /**
     * Search matches sorted by a column the way the key indexes order them. The keys are read by
     * primary key, a thousand at a time: at most {@value #MAX_TEXT_MATCHES} reads, once, when the
     * operator asks for the order.
     */
    private static long[] sorted(Connection c, List<Found> found, PersonSort.Key key) throws SQLException {
        List<Keys> keys = new ArrayList<>(found.size());
        for (int from = 0; from < found.size(); from += PersonSql.MAX_ROWS) {
            List<Long> chunk = found.subList(from, Math.min(found.size(), from + PersonSql.MAX_ROWS)).stream()
                    .map(Found::id).toList();
            try (PreparedStatement ps = RowReader.prepare(c, PersonSql.keys(chunk), null);
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    keys.add(new Keys(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5)));
                }
            }
        }
        Comparator<Keys> byName = Comparator.comparing(Keys::last, KEYS).thenComparing(Keys::first, KEYS)
                .thenComparingLong(Keys::id);
        keys.sort(switch (key) {
            case RELEVANCE, NAME -> byName;
            case COMPANY -> Comparator.comparing(Keys::company, KEYS).thenComparing(byName);
            case EMAIL -> Comparator.comparing(Keys::email, KEYS).thenComparingLong(Keys::id);
            case ADDED -> Comparator.comparingLong(Keys::id);
        });
        return keys.stream().mapToLong(Keys::id).toArray();
    }

    /** Keys compare by code point as in the key indexes (H2's and PostgreSQL's "C"); no key first. */
    private static final Comparator<String> KEYS = Comparator.nullsFirst(Comparator.naturalOrder());

    private static void reverse(long[] ids) {
        for (int i = 0, j = ids.length - 1; i < j; i++, j--) {
            long t = ids[i];
            ids[i] = ids[j];
            ids[j] = t;
        }
    }
}
