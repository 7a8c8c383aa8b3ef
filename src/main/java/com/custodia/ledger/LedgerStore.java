package com.custodia.ledger;

import com.custodia.domain.LegalBasis;
import com.custodia.domain.RecipientKind;
import com.custodia.persistence.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The ledger's rows, read and written with plain JDBC: appends lock the head row
 * ({@code SELECT ... FOR UPDATE}) so every workstation on one server extends one chain; on the
 * embedded engine, which one process owns, they queue in that process instead.
 */
public final class LedgerStore {

    static final HexFormat HEX = HexFormat.of();
    /**
     * Entries with their texts, from the table that stores them; add a WHERE clause over its
     * columns. The view {@code ledger_entry} says the same for people with SQL, but H2 joins the
     * texts of every row of a view before it filters or counts, which over a million entries took
     * seconds where the table alone takes milliseconds.
     */
    static final String SELECT_ENTRIES = "SELECT seq, occurred_at, operator_name, roles.text, recipient_kind, "
            + "recipient.text, address.text, basis, reference, person_count, persons_digest, categories.text, "
            + "fields.text, purpose.text, channel, payload_sha256, series_id, non_notification_until, leaf_hash, chain_hash "
            + "FROM ledger_record "
            + "LEFT JOIN ledger_text roles ON roles.id = operator_roles_text "
            + "LEFT JOIN ledger_text recipient ON recipient.id = recipient_name_text "
            + "LEFT JOIN ledger_text address ON address.id = recipient_address_text "
            + "LEFT JOIN ledger_text categories ON categories.id = categories_text "
            + "LEFT JOIN ledger_text fields ON fields.id = fields_text "
            + "LEFT JOIN ledger_text purpose ON purpose.id = purpose_text";
    /**
     * The columns of the table {@code ledger_record} that stores entries, in the order of
     * {@link #SELECT_ENTRIES}: texts named by number in {@code ledger_text}, hashes as bytes.
     */
    static final String RECORD_COLUMNS = "seq, occurred_at, operator_name, operator_roles_text, recipient_kind, "
            + "recipient_name_text, recipient_address_text, basis, reference, person_count, persons_digest, "
            + "categories_text, fields_text, purpose_text, channel, payload_sha256, series_id, non_notification_until, "
            + "leaf_hash, chain_hash";

    private static final String HEAD = "SELECT size, chain_hash FROM ledger_head WHERE id = 1";

    /** Inserts one entry row; bind it with {@link #bindEntry}. */
    public static final String INSERT_ENTRY = "INSERT INTO ledger_record (" + RECORD_COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Database database;
    private final Clock clock;
    private final LedgerTexts texts = new LedgerTexts();
    /** Appends (and checkpoints) waiting for the disk at the same time share one flush. */
    private final GroupFlush flushes;
    /**
     * On the embedded engine one process owns the file, so its appends are put in line here and
     * the head is read without {@code FOR UPDATE}: H2 parses such a query afresh for every
     * append (it keeps no plan for it), which was a fifth of an append's own work. On a server the
     * row lock is what keeps several workstations on one chain, so it stays.
     */
    private final ReentrantLock embeddedAppends = new ReentrantLock();

    public LedgerStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        this.flushes = new GroupFlush(database::flushToDisk);
    }

    public Database database() {
        return database;
    }

    /** The ledger's repeated texts, for whoever writes entry rows with {@link #bindEntry}. */
    public LedgerTexts texts() {
        return texts;
    }

    /**
     * Appends one entry and commits it. When this returns the entry is committed (and, on the
     * embedded engine, written to the file), so the caller may release the data. Callers that
     * append at the same time share the write to the file (see {@link GroupFlush}).
     */
    public AppendedEntry append(EntryDraft draft) {
        Appended appended;
        if (database.isEmbedded()) {
            embeddedAppends.lock();
            try {
                appended = database.fromConnection(c -> append(c, draft, HEAD));
                appended.naming().committed();
            } finally {
                embeddedAppends.unlock();
            }
        } else {
            appended = database.fromConnection(c -> append(c, draft, HEAD + " FOR UPDATE"));
            appended.naming().committed();
        }
        awaitDurable();
        return appended.entry();
    }

    private record Appended(AppendedEntry entry, LedgerTexts.Naming naming) {
    }

    /** Returns once everything committed so far survives a crash of this process. */
    private void awaitDurable() {
        if (database.isEmbedded()) {
            flushes.awaitDurable();
        }
    }

    private Appended append(Connection c, EntryDraft draft, String headQuery) throws SQLException {
        long size;
        byte[] previous;
        try (PreparedStatement head = c.prepareStatement(headQuery); ResultSet rs = head.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("the ledger head row is missing");
            }
            size = rs.getLong(1);
            previous = HEX.parseHex(rs.getString(2));
        }
        // the time is taken under the lock, so entries are in time order as well as in number order
        EntryContent content = draft.toContent(clock.instant());
        byte[] leaf = content.leafHash();
        byte[] chain = ChainVerifier.chain(previous, leaf);
        // texts are named while the head is held, so no other workstation numbers a new one at the same time
        LedgerTexts.Naming naming = texts.naming(c);
        try (PreparedStatement insert = c.prepareStatement(INSERT_ENTRY)) {
            bindEntry(insert, size, content, leaf, chain, naming);
            insert.executeUpdate();
        }
        if (!draft.personIds().isEmpty()) {
            try (PreparedStatement persons = c.prepareStatement("INSERT INTO ledger_entry_person (seq, person_id) VALUES (?, ?)")) {
                int batch = 0;
                for (Long personId : draft.personIds()) {
                    persons.setLong(1, size);
                    persons.setLong(2, personId);
                    persons.addBatch();
                    if (++batch % 1000 == 0) {
                        persons.executeBatch();
                    }
                }
                persons.executeBatch();
            }
        }
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE ledger_head SET size = ?, chain_hash = ?, updated_at = ? WHERE id = 1")) {
            update.setLong(1, size + 1);
            update.setString(2, HEX.formatHex(chain));
            update.setTimestamp(3, Timestamp.from(content.time()));
            update.executeUpdate();
        }
        return new Appended(new AppendedEntry(size, content, leaf, chain), naming);
    }

    /**
     * Binds an entry row in the column order of {@link #RECORD_COLUMNS}: the one place that writes
     * a row's fields. Texts are named through {@code naming}, on the statement's connection.
     */
    public static void bindEntry(PreparedStatement st, long seq, EntryContent c, byte[] leaf, byte[] chain,
                                 LedgerTexts.Naming naming) throws SQLException {
        st.setLong(1, seq);
        st.setTimestamp(2, Timestamp.from(c.time()));
        st.setString(3, c.operator());
        st.setLong(4, naming.id(String.join(",", c.operatorRoles())));
        st.setString(5, c.recipientKind().name());
        st.setLong(6, naming.id(c.recipientName()));
        Long address = naming.id(c.recipientAddress());
        if (address == null) {
            st.setNull(7, Types.BIGINT);
        } else {
            st.setLong(7, address);
        }
        st.setString(8, c.basis().name());
        st.setString(9, c.reference());
        st.setLong(10, c.personCount());
        st.setBytes(11, sha256("persons digest", c.personsDigest()));
        st.setLong(12, naming.id(String.join(",", c.categories())));
        st.setLong(13, naming.id(String.join(",", c.fields())));
        st.setLong(14, naming.id(c.purpose()));
        st.setString(15, c.channel());
        st.setBytes(16, sha256("payload hash", c.payloadSha256()));
        st.setString(17, c.seriesId());
        st.setTimestamp(18, c.nonNotificationUntil() == null ? null : Timestamp.from(c.nonNotificationUntil()));
        st.setBytes(19, leaf);
        st.setBytes(20, chain);
    }

    /**
     * A SHA-256 in lower-case hexadecimal as the 32 bytes that are stored. Anything else is
     * refused: it would not read back as the same text, so the entry's leaf would change.
     */
    private static byte[] sha256(String what, String hex) {
        byte[] bytes = RangeReader.hash(hex);
        if (bytes == null || !HEX.formatHex(bytes).equals(hex)) {
            throw new IllegalArgumentException("the " + what + " is not a SHA-256 in lower-case hexadecimal: " + hex);
        }
        return bytes;
    }

    public ChainVerifier.Head head() {
        return database.fromConnection(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT size, chain_hash FROM ledger_head WHERE id = 1")) {
                rs.next();
                return new ChainVerifier.Head(rs.getLong(1), HEX.parseHex(rs.getString(2)));
            }
        });
    }

    // ---------------------------------------------------------------- Reading

    /** The entry of a row of {@link #SELECT_ENTRIES}. */
    static EntryContent content(ResultSet rs) throws SQLException {
        // OffsetDateTime is what both engines hold for TIMESTAMP WITH TIME ZONE; java.sql.Timestamp
        // would add a conversion through the default calendar for every value of a million rows
        OffsetDateTime nnu = rs.getObject(18, OffsetDateTime.class);
        return new EntryContent(rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3), split(rs.getString(4)),
                RecipientKind.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7),
                LegalBasis.valueOf(rs.getString(8)), rs.getString(9), rs.getLong(10), hex(rs.getBytes(11)),
                split(rs.getString(12)), split(rs.getString(13)), rs.getString(14), rs.getString(15),
                hex(rs.getBytes(16)), rs.getString(17), nnu == null ? null : nnu.toInstant());
    }

    /** A row of {@link #SELECT_ENTRIES} as an entry with its stored hashes. */
    static AppendedEntry entry(ResultSet rs) throws SQLException {
        return new AppendedEntry(rs.getLong(1), content(rs), rs.getBytes(19), rs.getBytes(20));
    }

    private static String hex(byte[] bytes) {
        return bytes == null ? null : HEX.formatHex(bytes);
    }

    static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    /** Entries from {@code from} (inclusive), at most {@code limit}, without their person lists. */
    public List<AppendedEntry> entries(long from, int limit) {
        return database.fromConnection(c -> {
            try (PreparedStatement st = c.prepareStatement(SELECT_ENTRIES + " WHERE seq >= ? ORDER BY seq")) {
                st.setLong(1, from);
                st.setMaxRows(limit);
                List<AppendedEntry> out = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.add(entry(rs));
                    }
                }
                return out;
            }
        });
    }

    /** The persons recorded for one entry. */
    public List<Long> personsOf(long seq) {
        return database.fromConnection(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT person_id FROM ledger_entry_person WHERE seq = ? ORDER BY person_id")) {
                st.setLong(1, seq);
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

    /** Every leaf hash from 0 to size-1, for proofs. */
    public List<byte[]> leafHashes(long size) {
        return leafHashes(0, size);
    }

    /** The leaf hashes of the entries numbered {@code from} (inclusive) to {@code to} (exclusive), in order. */
    public List<byte[]> leafHashes(long from, long to) {
        return database.fromConnection(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT leaf_hash FROM ledger_record WHERE seq >= ? AND seq < ? ORDER BY seq")) {
                st.setLong(1, from);
                st.setLong(2, to);
                st.setFetchSize(10_000);
                List<byte[]> out = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getBytes(1));
                    }
                }
                return out;
            }
        });
    }

    // ---------------------------------------------------------------- Checkpoints and keys

    public void insertCheckpoint(Checkpoint cp) {
        database.fromConnection(c -> {
            long id;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(nextValue("ledger_checkpoint_seq"))) {
                rs.next();
                id = rs.getLong(1);
            }
            try (PreparedStatement st = c.prepareStatement("INSERT INTO ledger_checkpoint (id, " + CheckpointRows.COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?)")) {
                st.setLong(1, id);
                CheckpointRows.bind(st, 2, cp);
                st.executeUpdate();
            }
            return null;
        });
        awaitDurable();
    }

    private String nextValue(String sequence) {
        return database.isEmbedded() ? "SELECT NEXT VALUE FOR " + sequence : "SELECT nextval('" + sequence + "')";
    }

    private static final String CHECKPOINTS = "SELECT " + CheckpointRows.COLUMNS + " FROM ledger_checkpoint";

    public List<Checkpoint> checkpoints(String workspaceId) {
        return database.fromConnection(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(CHECKPOINTS + " ORDER BY tree_size, id")) {
                return CheckpointRows.read(workspaceId, rs);
            }
        });
    }

    /** The checkpoints signed at exactly {@code treeSize} entries (usually one). */
    public List<Checkpoint> checkpointsAt(String workspaceId, long treeSize) {
        return database.fromConnection(c -> {
            try (PreparedStatement st = c.prepareStatement(CHECKPOINTS + " WHERE tree_size = ? ORDER BY id")) {
                st.setLong(1, treeSize);
                try (ResultSet rs = st.executeQuery()) {
                    return CheckpointRows.read(workspaceId, rs);
                }
            }
        });
    }

    /** Registers a workstation's public key once; registering it again changes nothing. */
    public void registerKey(byte[] publicKey, String workstation, Instant at) {
        String fingerprint = SigningKey.fingerprint(publicKey);
        database.fromConnection(c -> {
            try (PreparedStatement find = c.prepareStatement("SELECT 1 FROM signing_key WHERE fingerprint = ?")) {
                find.setString(1, fingerprint);
                try (ResultSet rs = find.executeQuery()) {
                    if (rs.next()) {
                        return null;
                    }
                }
            }
            try (PreparedStatement st = c.prepareStatement(
                    "INSERT INTO signing_key (fingerprint, public_key, workstation, registered_at) VALUES (?, ?, ?, ?)")) {
                st.setString(1, fingerprint);
                st.setString(2, Base64.getEncoder().encodeToString(publicKey));
                st.setString(3, workstation);
                st.setTimestamp(4, Timestamp.from(at));
                st.executeUpdate();
            }
            return null;
        });
    }

    /** Registered public keys by fingerprint. */
    public Map<String, byte[]> keys() {
        return database.fromConnection(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT fingerprint, public_key FROM signing_key")) {
                Map<String, byte[]> out = new LinkedHashMap<>();
                while (rs.next()) {
                    out.put(rs.getString(1), Base64.getDecoder().decode(rs.getString(2)));
                }
                return out;
            }
        });
    }
}
