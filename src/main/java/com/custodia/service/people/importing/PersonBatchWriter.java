package com.custodia.service.people.importing;

import com.custodia.domain.Person;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hibernate.Session;

/**
 * Writes one batch of valid rows in the caller's transaction. A row whose external_id names a
 * person already held is compared with that person: unchanged rows cost nothing more; changed
 * ones are applied to the {@code Person} entity through the session (see {@link #update}). Every
 * other row is a new person, inserted with plain JDBC batches: the fastest honest path, with the
 * same ids (the {@code person_seq} blocks Hibernate uses) and the same search keys ({@code SearchKeys})
 * the entity would have.
 */
final class PersonBatchWriter {

    private static final int LOOKUP_CHUNK = 500;
    private static final int JDBC_BATCH = 1_000;
    /** person_seq's INCREMENT BY and the entity's allocationSize: each sequence value reserves a block. */
    private static final int ID_BLOCK = 50;

    private static final String INSERT = "INSERT INTO person (id, external_id, kind, first_name, last_name, company,"
            + " email, phone, street, city, postal_code, country, language, status, notes, created_at, updated_at,"
            + " version, first_name_key, last_name_key, company_key, email_key, phone_key)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, 0, ?, ?, ?, ?, ?)";

    /** The columns compared and read back, in this order, after id. */
    private static final PersonColumn[] STORED = {
        PersonColumn.EXTERNAL_ID, PersonColumn.KIND, PersonColumn.FIRST_NAME, PersonColumn.LAST_NAME,
        PersonColumn.COMPANY, PersonColumn.EMAIL, PersonColumn.PHONE, PersonColumn.STREET, PersonColumn.CITY,
        PersonColumn.POSTAL_CODE, PersonColumn.COUNTRY, PersonColumn.LANGUAGE, PersonColumn.NOTES
    };

    private final CsvHeader header;
    private final String lookupSql;
    private String nextIdSql;
    private long nextId;
    private long lastIdOfBlock = -1;

    PersonBatchWriter(CsvHeader header) {
        this.header = header;
        StringBuilder sql = new StringBuilder("SELECT id");
        for (PersonColumn column : STORED) {
            sql.append(", ").append(column.header());
        }
        sql.append(" FROM person WHERE external_id IN (");
        for (int i = 0; i < LOOKUP_CHUNK; i++) {
            sql.append(i == 0 ? "?" : ", ?");
        }
        this.lookupSql = sql.append(')').toString();
    }

    /** What one batch did to the persons it named. */
    record Written(long inserted, long updated, long unchanged) {
    }

    Written write(Session session, List<PersonRow> rows, Instant now) {
        Map<Long, PersonRow> changed = new LinkedHashMap<>();
        long[] unchanged = {0};
        List<PersonRow> inserts = session.doReturningWork(connection -> {
            Map<String, String[]> existing = header.has(PersonColumn.EXTERNAL_ID)
                    ? lookUp(connection, rows) : Map.of();
            List<PersonRow> fresh = new ArrayList<>(rows.size());
            for (PersonRow row : rows) {
                String[] stored = row.externalId() == null ? null : existing.get(row.externalId());
                if (stored == null) {
                    fresh.add(row);
                } else if (differs(row, stored)) {
                    changed.put(Long.valueOf(stored[0]), row);
                } else {
                    unchanged[0]++;
                }
            }
            insert(connection, fresh, now);
            return fresh;
        });
        update(session, changed, now);
        return new Written(inserts.size(), changed.size(), unchanged[0]);
    }

    // ---------------------------------------------------------------- Existing persons

    /** The stored values of the persons these rows name by external_id: index 0 the id, then {@link #STORED}. */
    private Map<String, String[]> lookUp(Connection connection, List<PersonRow> rows) throws SQLException {
        List<String> ids = new ArrayList<>(rows.size());
        for (PersonRow row : rows) {
            if (row.externalId() != null) {
                ids.add(row.externalId());
            }
        }
        Map<String, String[]> found = new HashMap<>();
        try (PreparedStatement st = connection.prepareStatement(lookupSql)) {
            for (int from = 0; from < ids.size(); from += LOOKUP_CHUNK) {
                for (int i = 0; i < LOOKUP_CHUNK; i++) {
                    int at = from + i;
                    if (at < ids.size()) {
                        st.setString(i + 1, ids.get(at));
                    } else {
                        st.setNull(i + 1, Types.VARCHAR); // matches nothing, keeps one statement for every chunk
                    }
                }
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        String[] values = new String[STORED.length + 1];
                        values[0] = Long.toString(rs.getLong(1));
                        for (int c = 0; c < STORED.length; c++) {
                            values[c + 1] = rs.getString(c + 2);
                        }
                        found.put(values[1], values);
                    }
                }
            }
        }
        return found;
    }

    /** Whether the row would change the stored person: only the columns the file has count. */
    private boolean differs(PersonRow row, String[] stored) {
        for (int c = 1; c < STORED.length; c++) {
            PersonColumn column = STORED[c];
            if (!header.has(column)) {
                continue;
            }
            if (column == PersonColumn.KIND) {
                if (row.kind() != null && !row.kind().name().equals(stored[c + 1])) {
                    return true;
                }
            } else if (!Objects.equals(row.value(column), stored[c + 1])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Changes existing persons as entities in the session, so the change history (a Hibernate
     * listener on entity updates) records who changed which field from what to what, exactly as
     * for an edit on screen. Only the columns the file has are applied: a file without a phone
     * column leaves phones alone, and an empty kind keeps the kind.
     */
    private void update(Session session, Map<Long, PersonRow> changed, Instant now) {
        if (changed.isEmpty()) {
            return;
        }
        List<Long> ids = new ArrayList<>(changed.keySet());
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Person> persons = session.createSelectionQuery("from Person where id in :ids", Person.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1000))).getResultList();
            for (Person person : persons) {
                PersonChanges.apply(person, changed.get(person.getId()), header, now);
            }
        }
        session.flush();
    }

    // ---------------------------------------------------------------- New persons

    private void insert(Connection connection, List<PersonRow> rows, Instant now) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        OffsetDateTime at = ImportProgressStore.utc(now);
        try (PreparedStatement st = connection.prepareStatement(INSERT)) {
            int pending = 0;
            for (PersonRow row : rows) {
                String[] keys = row.searchKeys();
                st.setLong(1, nextId(connection));
                st.setString(2, row.externalId());
                st.setString(3, (row.kind() != null ? row.kind() : RowValidator.DEFAULT_KIND).name());
                st.setString(4, row.value(PersonColumn.FIRST_NAME));
                st.setString(5, row.value(PersonColumn.LAST_NAME));
                st.setString(6, row.value(PersonColumn.COMPANY));
                st.setString(7, row.value(PersonColumn.EMAIL));
                st.setString(8, row.value(PersonColumn.PHONE));
                st.setString(9, row.value(PersonColumn.STREET));
                st.setString(10, row.value(PersonColumn.CITY));
                st.setString(11, row.value(PersonColumn.POSTAL_CODE));
                st.setString(12, row.value(PersonColumn.COUNTRY));
                st.setString(13, row.value(PersonColumn.LANGUAGE));
                st.setString(14, row.value(PersonColumn.NOTES));
                st.setObject(15, at);
                st.setObject(16, at);
                for (int k = 0; k < keys.length; k++) {
                    st.setString(17 + k, keys[k]);
                }
                st.addBatch();
                if (++pending == JDBC_BATCH) {
                    st.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                st.executeBatch();
            }
        }
    }

    /**
     * The next id from person_seq, taken as Hibernate's pooled optimizer takes them: a sequence
     * value V reserves V-49..V (the first value, 1, reserves only itself), so ids handed out here and
     * by sessions never meet.
     */
    private long nextId(Connection connection) throws SQLException {
        if (nextId > lastIdOfBlock) {
            if (nextIdSql == null) {
                nextIdSql = Sequences.nextValueSql(connection, "person_seq");
            }
            try (PreparedStatement st = connection.prepareStatement(nextIdSql);
                 ResultSet rs = st.executeQuery()) {
                rs.next();
                long value = rs.getLong(1);
                nextId = Math.max(1, value - ID_BLOCK + 1);
                lastIdOfBlock = value;
            }
        }
        return nextId++;
    }
}
