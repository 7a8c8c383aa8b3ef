package com.custodia.service.people;

import com.custodia.persistence.Database;
import com.custodia.policy.Permission;
import com.custodia.policy.PersonVisibility;
import com.custodia.service.auth.Principal;
import com.custodia.service.people.SearchTerms.Parsed;
import com.custodia.service.people.SearchTerms.Probe;
import com.custodia.service.people.SearchTerms.Term;
import com.custodia.service.security.AccessGuard;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Search-as-you-type over names, company, email, phone and license key (DESIGN.md section 8),
 * answered from the stored search keys by index ranges, so the first results of any query over a
 * million persons come from a few short index walks.
 *
 * <p>What matches is described in {@link SearchTerms}: the whole query as the start of a field,
 * or every word as the start of some field. Results come in groups, best first: persons whose
 * field starts with the whole query (several words only), then by the field the leading word
 * matched — last name, first name, company, email, phone, license key. Within a group they are in
 * the order of that field, then by name, then id (email, phone and license key groups: the field,
 * then id), which are the orders of the indexes read, so the same query over the same data always
 * gives the same list. For several words the leading word is the one that matches fewest persons
 * (counted up to {@value #ESTIMATE_CAP} per field); the others are conditions on its candidates.
 *
 * <p>What an operator may see and search by follows {@link PersonVisibility}: names-only roles
 * find persons by name (and partner managers by license key) and get rows without contact data;
 * license keys are masked unless the operator may see them.
 */
public final class PersonSearch {

    /** The most results one search returns; the People table pages through more with a listing. */
    public static final int MAX_LIMIT = 1_000;
    /** Counting stops here when choosing the leading word: beyond it any word is "many". */
    static final int ESTIMATE_CAP = 300;

    private final Database database;
    private final AccessGuard guard;

    public PersonSearch(Database database, AccessGuard guard) {
        this.database = database;
        this.guard = guard;
    }

    /** The first {@code limit} persons matching {@code text} and the filter, best first. */
    public PersonSearchResult search(Principal actor, String text, PersonFilter filter, int limit) {
        return trace(actor, text, filter, limit).result();
    }

    /** A search with the statements it ran, in order (for the bench, and for explaining a slow query). */
    public Traced trace(Principal actor, String text, PersonFilter filter, int limit) {
        PersonVisibility visibility = check(guard, actor, filter);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("A search returns between 1 and " + MAX_LIMIT + " persons, not " + limit
                    + ".");
        }
        Parsed parsed = SearchTerms.parse(text, visibility);
        List<Sql> statements = new ArrayList<>();
        if (parsed.words().isEmpty()) {
            return new Traced(PersonSearchResult.empty(), statements);
        }
        PersonSearchResult result = database.fromConnection(c -> {
            Matches matches = find(c, parsed, filter, limit, statements);
            return new PersonSearchResult(hits(c, matches.found(), visibility, statements), matches.more());
        });
        return new Traced(result, statements);
    }

    /** The rows of the persons found, read by primary key in one statement, in the order found. */
    private static List<PersonHit> hits(Connection c, List<Found> found, PersonVisibility visibility,
                                        List<Sql> trace) throws SQLException {
        if (found.isEmpty()) {
            return List.of();
        }
        long[] ids = found.stream().mapToLong(Found::id).toArray();
        Map<Long, PersonRow> rows = new HashMap<>(ids.length * 2);
        try (PreparedStatement ps = RowReader.prepare(c, PersonSql.rows(ids, 0, ids.length), trace);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                PersonRow row = RowReader.row(rs, visibility);
                rows.put(row.id(), row);
            }
        }
        List<PersonHit> hits = new ArrayList<>(found.size());
        for (Found f : found) {
            PersonRow row = rows.get(f.id());
            // a person removed between the two statements is simply not a hit
            if (row != null) {
                hits.add(new PersonHit(row, f.field(), f.licenseKey() == null ? null
                        : visibility.licenseKey(f.licenseKey())));
            }
        }
        return hits;
    }

    /** A search's result and the statements that produced it. */
    public record Traced(PersonSearchResult result, List<Sql> statements) {
        public Traced {
            statements = List.copyOf(statements);
        }
    }

    /** The role checks of searching and listing: names at least, contact data to filter by it. */
    static PersonVisibility check(AccessGuard guard, Principal actor, PersonFilter filter) {
        guard.require(actor, Permission.PERSON_VIEW_NAMES, "search persons");
        if (filter.readsContactData()) {
            guard.require(actor, Permission.PERSON_VIEW, "filter persons by country or mail preferences");
        }
        return PersonVisibility.of(actor.roles());
    }

    // ---------------------------------------------------------------- Matching

    /** A person found, by which field, with the license key that matched (whole; masked later). */
    record Found(long id, SearchField field, String licenseKey) {
    }

    record Matches(List<Found> found, boolean more) {
    }

    /**
     * The first {@code limit} matches in result order, and whether there are more. Each group is one
     * statement asked for {@code limit + 1} rows; later groups run only while fewer have been found.
     */
    static Matches find(Connection c, Parsed parsed, PersonFilter filter, int limit, List<Sql> trace)
            throws SQLException {
        Collector out = new Collector(limit + 1);
        Term phrase = parsed.phrase();
        if (phrase != null) {
            for (Probe probe : phrase.probes()) {
                if (out.full()) {
                    break;
                }
                out.stream(c, probe, List.of(), filter, trace);
            }
        }
        if (!out.full() && parsed.wordsSearchable()) {
            List<Term> words = parsed.words();
            int lead = words.size() == 1 ? 0 : leadingWord(c, words, trace);
            if (lead >= 0) {
                List<Term> others = new ArrayList<>(words);
                Term driver = others.remove(lead);
                for (Probe probe : driver.probes()) {
                    if (out.full()) {
                        break;
                    }
                    out.stream(c, probe, others, filter, trace);
                }
            }
        }
        List<Found> found = out.found;
        boolean more = found.size() > limit;
        return new Matches(more ? List.copyOf(found.subList(0, limit)) : List.copyOf(found), more);
    }

    /**
     * The word that matches fewest persons, or -1 when some word matches nobody (then no person
     * has every word). An email or phone word leads whenever there is one: checking it on another
     * word's candidates would read their rows. Ties go to the longer word, then the earlier one.
     */
    private static int leadingWord(Connection c, List<Term> words, List<Sql> trace) throws SQLException {
        long[] counts = new long[words.size()];
        try (PreparedStatement ps = RowReader.prepare(c, PersonSql.estimate(words, ESTIMATE_CAP), trace);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            int column = 1;
            for (int w = 0; w < words.size(); w++) {
                for (int p = 0; p < words.get(w).probes().size(); p++) {
                    counts[w] += rs.getLong(column++);
                }
            }
        }
        boolean anySpecial = words.stream().anyMatch(Term::special);
        int best = -1;
        for (int w = 0; w < words.size(); w++) {
            if (counts[w] == 0) {
                return -1;
            }
            if (anySpecial && !words.get(w).special()) {
                continue;
            }
            if (best < 0 || counts[w] < counts[best]
                    || counts[w] == counts[best] && words.get(w).typed().length() > words.get(best).typed().length()) {
                best = w;
            }
        }
        return best;
    }

    /** Rows in result order, each person once, up to a number wanted. */
    private static final class Collector {
        private final int wanted;
        private final List<Found> found = new ArrayList<>();
        private final Set<Long> seen = new HashSet<>();

        Collector(int wanted) {
            this.wanted = wanted;
        }

        boolean full() {
            return found.size() >= wanted;
        }

        /**
         * Adds the group's persons not found before. Persons found by an earlier group (or twice by
         * license keys) are skipped, so when a full batch held such repeats it asks again for more.
         */
        void stream(Connection c, Probe probe, List<Term> others, PersonFilter filter, List<Sql> trace)
                throws SQLException {
            int fetch = wanted;
            while (true) {
                List<Found> rows = new ArrayList<>();
                try (PreparedStatement ps = RowReader.prepare(c, PersonSql.stream(probe, others, filter, fetch), trace);
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new Found(rs.getLong(1), probe.field(), rs.getString(2)));
                    }
                }
                List<Found> fresh = new ArrayList<>();
                Set<Long> inBatch = new HashSet<>();
                for (Found f : rows) {
                    if (!seen.contains(f.id()) && inBatch.add(f.id())) {
                        fresh.add(f);
                    }
                }
                boolean exhausted = rows.size() < fetch;
                if (exhausted || found.size() + fresh.size() >= wanted) {
                    for (Found f : fresh) {
                        if (found.size() >= wanted) {
                            break;
                        }
                        found.add(f);
                        seen.add(f.id());
                    }
                    return;
                }
                fetch = Math.multiplyExact(fetch, 4);
            }
        }
    }
}
