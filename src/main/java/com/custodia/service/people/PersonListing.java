package com.custodia.service.people;

import com.custodia.persistence.Database;
import com.custodia.policy.PersonVisibility;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One open listing of the People table: the ids of the persons shown, in order, fixed when it was
 * opened ({@link PersonListings#open}), and their rows read a page at a time by primary key, so
 * showing rows at position 0 or 999,950 costs the same. Built for a virtualised table: its
 * {@link #size()} is the row count, and a cell asks for the page around it.
 *
 * <p>The order and membership are a snapshot: a person added later appears after the listing is
 * opened again; a person changed since shows the new values at the old place; a person removed
 * since is a {@link PersonRow#removed(long)} row. The listing holds no database resources, so
 * there is nothing to close, and it is safe to read from any thread.
 */
public final class PersonListing {

    /** The most rows one {@link #page} call returns. */
    public static final int MAX_PAGE = 500;

    private final Database database;
    private final long[] ids;
    private final boolean truncated;
    private final PersonVisibility visibility;
    private final String text;
    private final PersonFilter filter;
    private final PersonSort sort;

    PersonListing(Database database, long[] ids, boolean truncated, PersonVisibility visibility, String text,
                  PersonFilter filter, PersonSort sort) {
        this.database = database;
        this.ids = ids;
        this.truncated = truncated;
        this.visibility = visibility;
        this.text = text;
        this.filter = filter;
        this.sort = sort;
    }

    /** How many rows the listing has. */
    public int size() {
        return ids.length;
    }

    /**
     * Whether search text matched more persons than a listing holds
     * ({@value PersonListings#MAX_TEXT_MATCHES}); the rows are then the best of them.
     */
    public boolean truncated() {
        return truncated;
    }

    /** The person at a position. */
    public long idAt(int index) {
        return ids[index];
    }

    /** The position of a person in the listing, or -1 (to keep a selection across a refresh). */
    public int indexOf(long personId) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == personId) {
                return i;
            }
        }
        return -1;
    }

    public String text() {
        return text;
    }

    public PersonFilter filter() {
        return filter;
    }

    public PersonSort sort() {
        return sort;
    }

    /** Whether the rows carry contact data, or names only (a table can hide those columns). */
    public boolean showsContactData() {
        return visibility.contactData();
    }

    /**
     * The rows from position {@code from}, at most {@code count} of them (fewer at the end), in
     * listing order, cut to what the operator may see.
     */
    public List<PersonRow> page(int from, int count) {
        Sql sql = pageSql(from, count);
        if (sql == null) {
            return List.of();
        }
        int n = Math.min(count, ids.length - from);
        Map<Long, PersonRow> read = database.fromConnection(c -> {
            Map<Long, PersonRow> rows = new HashMap<>(n * 2);
            try (PreparedStatement ps = RowReader.prepare(c, sql, null); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    PersonRow row = RowReader.row(rs, visibility);
                    rows.put(row.id(), row);
                }
            }
            return rows;
        });
        List<PersonRow> page = new ArrayList<>(n);
        for (int i = from; i < from + n; i++) {
            PersonRow row = read.get(ids[i]);
            page.add(row != null ? row : PersonRow.removed(ids[i]));
        }
        return page;
    }

    /** The statement {@link #page} runs, or null when the range is empty (the bench runs it raw too). */
    public Sql pageSql(int from, int count) {
        if (from < 0 || count < 0 || count > MAX_PAGE) {
            throw new IllegalArgumentException("A page starts at 0 or later and holds at most " + MAX_PAGE
                    + " rows; asked for " + count + " from " + from + ".");
        }
        int n = Math.min(count, ids.length - from);
        if (n <= 0) {
            return null;
        }
        return PersonSql.rows(ids, from, n);
    }
}
