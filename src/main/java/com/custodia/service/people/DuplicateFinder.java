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
    /** Index entries read per statement while walking. */
    static final int CHUNK = 5_000;
    /** After about this many entries a page ends at the next key boundary, even with few groups. */
    static final int SCAN_BUDGET = 200_000;

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
     * The next duplicate groups of one kind after {@code after} (null for the first page): at
     * least {@code limit} groups unless the walk reached the end or read {@link #SCAN_BUDGET}
     * entries first (then fewer, possibly none, with {@code next} still set). A page never
     * splits the records of one key.
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
     * Reads the index of the match's leading key in (key, id) order, a chunk at a time by keyset
     * (the row-value form, which both engines answer from the index at any depth), and closes a
     * run of equal keys when the key changes; a run that spans two chunks is carried over.
     */
    private static Walk walk(Connection c, Match match, String after, int limit) throws SQLException {
        boolean email = match == Match.SAME_EMAIL;
        String sql = email
                ? "SELECT email_key, id FROM person WHERE (email_key, id) > (?, ?) ORDER BY email_key, id "
                        + "FETCH FIRST " + CHUNK + " ROWS ONLY"
                : "SELECT last_name_key, id, first_name_key, company_key FROM person WHERE (last_name_key, id) > (?, ?) "
                        + "ORDER BY last_name_key, id FETCH FIRST " + CHUNK + " ROWS ONLY";
        List<RawGroup> groups = new ArrayList<>();
        String runKey = null;
        Map<String, List<Long>> run = new TreeMap<>();
        String cursorKey = after;
        long cursorId = Long.MAX_VALUE;
        int scanned = 0;
        try (PreparedStatement st = c.prepareStatement(sql)) {
            while (true) {
                st.setString(1, cursorKey);
                st.setLong(2, cursorId);
                int rows = 0;
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                        String key = rs.getString(1);
                        long id = rs.getLong(2);
                        if (!key.equals(runKey)) {
                            if (runKey != null) {
                                close(runKey, run, groups);
                                if (groups.size() >= limit || scanned >= SCAN_BUDGET) {
                                    return new Walk(groups, runKey);
                                }
                            }
                            runKey = key;
                        }
                        scanned++;
                        String sub = email ? "" : subKey(rs.getString(3), rs.getString(4));
                        if (sub != null) {
                            run.computeIfAbsent(sub, k -> new ArrayList<>()).add(id);
                        }
                        cursorKey = key;
                        cursorId = id;
                    }
                }
                if (rows < CHUNK) {
                    if (runKey != null) {
                        close(runKey, run, groups);
                    }
                    return new Walk(groups, null);
                }
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
                groups.add(new RawGroup(e.getKey().isEmpty() ? runKey : runKey + " / " + e.getKey(), e.getValue()));
            }
        }
        run.clear();
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
