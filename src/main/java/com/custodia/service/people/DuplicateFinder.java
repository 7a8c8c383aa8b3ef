package com.custodia.service.people;

import com.custodia.domain.Person;
import com.custodia.domain.PersonKind;
import com.custodia.persistence.Database;
import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.service.security.AccessGuard;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * Finds records that may be one person: the same email, or the same first name, last name and
 * company, all compared by their normalised search keys (so "Müller" and "MULLER" match). Both
 * questions are answered from the search-key indexes of V6 and stay fast at a million persons:
 * one person's candidates by direct index lookups, and the list of all duplicate groups by
 * walking one index in key order a stretch at a time, never by grouping the whole table.
 *
 * <p>A name matches only together with a company: at a million persons, two "John Smith"
 * without a company are more often two people than one.
 */
public final class DuplicateFinder {

    /** Why two records look like one person. */
    public enum Match { SAME_EMAIL, SAME_NAME_AND_COMPANY }

    /** A record that may be a duplicate, with what it matched on. */
    public record Candidate(long id, PersonKind kind, String firstName, String lastName, String company, String email,
                            String city, String country, Set<Match> matches) {
        public Candidate {
            matches = Set.copyOf(matches);
        }
    }

    /**
     * Records sharing one key. {@code size} counts them all; {@code members} lists at most
     * {@link #MAX_MEMBERS}, lowest ids first.
     */
    public record Group(Match match, String key, int size, List<Candidate> members) {
        public Group {
            members = List.copyOf(members);
        }
    }

    /** Groups in key order; pass {@code next} to the following call, null when the end was reached. */
    public record Page(List<Group> groups, String next) {
        public Page {
            groups = List.copyOf(groups);
        }
    }

    /** At most this many candidates per match for one person, and members listed per group. */
    public static final int MAX_MEMBERS = 100;
    /** Index entries read per range while walking (more when the last key of a range has many). */
    static final int CHUNK = 5_000;
    /** After about this many entries a page ends at the next range boundary, even with few groups. */
    static final int SCAN_BUDGET = 50_000;

    private final Database database;
    private final AccessGuard guard;

    public DuplicateFinder(Database database, AccessGuard guard) {
        this.database = database;
        this.guard = guard;
    }

    /** The records that may be the same person as this one, each with what it matched on; lowest ids first. */
    public List<Candidate> candidatesFor(Principal actor, long personId) {
        guard.require(actor, Permission.PERSON_VIEW, "look for duplicate persons");
        return database.fromTransaction(s -> {
            PersonEditor.find(s, personId);
            Object[] keys = s.createSelectionQuery("select emailKey, lastNameKey, firstNameKey, companyKey from Person "
                    + "where id = :id", Object[].class).setParameter("id", personId).getSingleResult();
            String email = (String) keys[0];
            String last = (String) keys[1];
            String first = (String) keys[2];
            String company = (String) keys[3];
            Map<Long, Set<Match>> found = new TreeMap<>();
            if (email != null) {
                add(found, Match.SAME_EMAIL, s.createSelectionQuery(
                                "select id from Person where emailKey = :k and id <> :id order by id", Long.class)
                        .setParameter("k", email).setParameter("id", personId).setMaxResults(MAX_MEMBERS)
                        .getResultList());
            }
            if (last != null && company != null) {
                var query = s.createSelectionQuery("select id from Person where lastNameKey = :l and companyKey = :c and "
                                + (first == null ? "firstNameKey is null" : "firstNameKey = :f")
                                + " and id <> :id order by id", Long.class)
                        .setParameter("l", last).setParameter("c", company).setParameter("id", personId);
                if (first != null) {
                    query.setParameter("f", first);
                }
                add(found, Match.SAME_NAME_AND_COMPANY, query.setMaxResults(MAX_MEMBERS).getResultList());
            }
            return summaries(s, found);
        });
    }

    /**
     * The next duplicate groups of one kind after {@code after} (null for the first page):
     * {@code limit} groups (a few more when one key holds several name-and-company groups), or
     * fewer, possibly none, with {@code next} still set, when about {@link #SCAN_BUDGET} index
     * entries were read first, so a page answers in about a second even where duplicates are
     * rare. A page never splits the records of one key.
     */
    public Page groups(Principal actor, Match match, String after, int limit) {
        guard.require(actor, Permission.PERSON_VIEW, "look for duplicate persons");
        Walk walk = database.fromConnection(c -> walk(c, match, after == null ? "" : after, Math.max(1, limit)));
        Map<Long, Set<Match>> ids = new HashMap<>();
        walk.groups.forEach(g -> g.ids.stream().limit(MAX_MEMBERS).forEach(id -> ids.put(id, Set.of(match))));
        Map<Long, Candidate> byId = database.fromTransaction(s -> summaries(s, ids)).stream()
                .collect(Collectors.toMap(Candidate::id, c -> c));
        List<Group> groups = new ArrayList<>();
        for (RawGroup g : walk.groups) {
            List<Candidate> members = g.ids.stream().limit(MAX_MEMBERS).map(byId::get)
                    .filter(java.util.Objects::nonNull).toList();
            groups.add(new Group(match, g.key, g.ids.size(), members));
        }
        return new Page(groups, walk.next);
    }

    private static void add(Map<Long, Set<Match>> found, Match match, List<Long> ids) {
        ids.forEach(id -> found.computeIfAbsent(id, k -> EnumSet.noneOf(Match.class)).add(match));
    }

    private record RawGroup(String key, List<Long> ids) {
    }

    private record Walk(List<RawGroup> groups, String next) {
    }

    /**
     * Walks the match's index in key order, a chunk of whole keys at a time: first the highest
     * key within the next {@link #CHUNK} entries (read from the index alone), then every entry
     * with a key in that range, grouped here. Each range is answered from an index that holds
     * every column read (V6's email index; V10's name-and-company index), so no row of the table
     * is visited, which is what keeps a walk over a million persons to seconds on an encrypted
     * workspace. A chunk never splits a key, so groups are always complete.
     */
    private static Walk walk(Connection c, Match match, String after, int limit) throws SQLException {
        boolean email = match == Match.SAME_EMAIL;
        String key = email ? "email_key" : "last_name_key";
        String boundSql = "SELECT MAX(k) FROM (SELECT " + key + " AS k FROM person WHERE " + key + " > ? ORDER BY "
                + key + " FETCH FIRST " + CHUNK + " ROWS ONLY) chunk";
        String rangeSql = email
                ? "SELECT email_key, id FROM person WHERE email_key > ? AND email_key <= ? ORDER BY email_key"
                : "SELECT last_name_key, id, first_name_key, company_key FROM person "
                        + "WHERE last_name_key > ? AND last_name_key <= ? AND company_key IS NOT NULL "
                        + "ORDER BY last_name_key";
        List<RawGroup> groups = new ArrayList<>();
        String lower = after;
        int scanned = 0;
        try (PreparedStatement bound = c.prepareStatement(boundSql);
             PreparedStatement range = c.prepareStatement(rangeSql)) {
            while (true) {
                bound.setString(1, lower);
                String upper;
                try (ResultSet rs = bound.executeQuery()) {
                    upper = rs.next() ? rs.getString(1) : null;
                }
                if (upper == null) {
                    return new Walk(groups, null);
                }
                range.setString(1, lower);
                range.setString(2, upper);
                // key -> (first name and company, or "" for email) -> ids; keys in the engine's
                // order (its collation), which is the order the next page continues in
                Map<String, Map<String, List<Long>>> runs = new LinkedHashMap<>();
                try (ResultSet rs = range.executeQuery()) {
                    while (rs.next()) {
                        scanned++;
                        String sub = email ? "" : subKey(rs.getString(3), rs.getString(4));
                        runs.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
                                .computeIfAbsent(sub, k -> new ArrayList<>()).add(rs.getLong(2));
                    }
                }
                for (Map.Entry<String, Map<String, List<Long>>> run : runs.entrySet()) {
                    close(run.getKey(), run.getValue(), groups);
                    if (groups.size() >= limit) {
                        return new Walk(groups, run.getKey());
                    }
                }
                if (scanned >= SCAN_BUDGET) {
                    return new Walk(groups, upper);
                }
                lower = upper;
            }
        }
    }

    /** First name and company of a name match; null (no match possible) without a company. */
    private static String subKey(String firstNameKey, String companyKey) {
        if (companyKey == null) {
            return null;
        }
        return (firstNameKey == null ? "" : firstNameKey) + " / " + companyKey;
    }

    private static void close(String runKey, Map<String, List<Long>> run, List<RawGroup> groups) {
        for (Map.Entry<String, List<Long>> e : run.entrySet()) {
            if (e.getValue().size() > 1) {
                List<Long> ids = new ArrayList<>(e.getValue());
                ids.sort(null);
                groups.add(new RawGroup(e.getKey().isEmpty() ? runKey : runKey + " / " + e.getKey(), ids));
            }
        }
    }

    private static List<Candidate> summaries(Session s, Map<Long, Set<Match>> matches) {
        if (matches.isEmpty()) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>(new java.util.TreeSet<>(matches.keySet()));
        Map<Long, Candidate> out = new LinkedHashMap<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            s.createSelectionQuery("from Person where id in :ids order by id", Person.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1000))).getResultList()
                    .forEach(p -> out.put(p.getId(), new Candidate(p.getId(), p.getKind(), p.getFirstName(),
                            p.getLastName(), p.getCompany(), p.getEmail(), p.getCity(), p.getCountry(),
                            matches.get(p.getId()))));
        }
        return new ArrayList<>(out.values());
    }
}
