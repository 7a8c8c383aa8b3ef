package com.custodia.ledger;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads one range of ledger rows and their persons on one connection and reduces each row to a
 * {@link StoredRow}: the leaf recomputed from the stored fields ({@link StoredFields}), the persons digest recomputed
 * from the listed persons. Entries are read before their persons, so every entry seen was
 * committed before the persons query began and its persons are there.
 */
final class RangeReader implements AutoCloseable {

    private static final HexFormat HEX = HexFormat.of();
    private static final String ENTRIES = "SELECT " + LedgerStore.RECORD_COLUMNS + " FROM ledger_record";
    private static final String PERSONS = "SELECT seq, person_id FROM ledger_entry_person";

    private final PreparedStatement entriesInRange;
    private final PreparedStatement entriesFrom;
    private final PreparedStatement persons;
    private final MessageDigest md = Merkle.sha256();
    /** This reader's own buffer and digest for the leaves, so that no entry looks up the thread's. */
    private final CanonicalBytes canonical = new CanonicalBytes();
    private final StoredFields fields = new StoredFields();
    private final MessageDigest leafDigest = Merkle.sha256();
    private final byte[] decimal = new byte[DECIMAL_LINE];
    private final Connection c;
    private final LedgerTexts.Table texts;

    RangeReader(Connection c, LedgerTexts.Table texts) throws SQLException {
        this.c = c;
        this.texts = texts;
        entriesInRange = c.prepareStatement(ENTRIES + " WHERE seq >= ? AND seq < ? ORDER BY seq");
        entriesFrom = c.prepareStatement(ENTRIES + " WHERE seq >= ? ORDER BY seq");
        persons = c.prepareStatement(PERSONS + " WHERE seq >= ? AND seq <= ? ORDER BY seq, person_id");
    }

    /** The rows numbered from {@code from} (inclusive) to {@code to} (exclusive). */
    List<StoredRow> range(long from, long to) throws SQLException {
        entriesInRange.setLong(1, from);
        entriesInRange.setLong(2, to);
        entriesInRange.setFetchSize((int) Math.min(ChunkedReader.CHUNK, Math.max(1, to - from)));
        return read(entriesInRange);
    }

    /** At most {@code max} rows numbered from {@code from} on. */
    List<StoredRow> from(long from, int max) throws SQLException {
        entriesFrom.setLong(1, from);
        entriesFrom.setMaxRows(max);
        entriesFrom.setFetchSize(max);
        return read(entriesFrom);
    }

    private List<StoredRow> read(PreparedStatement entries) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (ResultSet rs = entries.executeQuery()) {
            while (rs.next()) {
                rows.add(row(rs));
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        byte[][] digests = personsDigests(rows);
        List<StoredRow> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            out.add(new StoredRow(r.seq, r.contentLeaf, r.recordedPersonsDigest, digests[i], r.leaf, r.chain));
        }
        return out;
    }

    private Row row(ResultSet rs) throws SQLException {
        long seq = rs.getLong(1);
        byte[] persons = rs.getBytes(11);
        byte[] contentLeaf;
        try {
            contentLeaf = fields.read(rs, persons, c, texts).leafHash(canonical, leafDigest);
        } catch (IllegalArgumentException | NullPointerException e) {
            // a field edited to a value no entry can hold (an unknown basis, a missing name, a
            // text number that names no text): the row no longer is an entry, which the verifier
            // reports as modified
            contentLeaf = null;
        }
        return new Row(seq, contentLeaf, persons, exactHash(rs.getBytes(19)), exactHash(rs.getBytes(20)));
    }

    /** A stored hash, or null when the column holds no hash (null, or bytes of another length). */
    private static byte[] exactHash(byte[] stored) {
        return stored != null && stored.length == 32 ? stored : null;
    }

    /** A stored hash as bytes, or null when the column holds something else. */
    static byte[] hash(String hex) {
        if (hex == null || hex.length() != 64) {
            return null;
        }
        try {
            return HEX.parseHex(hex);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The digest of each row's listed persons, in the rows' order; persons of no row read here are skipped. */
    private byte[][] personsDigests(List<Row> rows) throws SQLException {
        byte[][] out = new byte[rows.size()][];
        persons.setLong(1, rows.get(0).seq);
        persons.setLong(2, rows.get(rows.size() - 1).seq);
        persons.setFetchSize(ChunkedReader.CHUNK);
        int i = 0;
        md.reset();
        try (ResultSet rs = persons.executeQuery()) {
            while (rs.next()) {
                long seq = rs.getLong(1);
                while (i < rows.size() && rows.get(i).seq < seq) {
                    out[i++] = md.digest();
                }
                if (i == rows.size()) {
                    break;
                }
                if (rows.get(i).seq == seq) {
                    int start = decimalLine(rs.getLong(2), decimal);
                    md.update(decimal, start, DECIMAL_LINE - start);
                }
            }
        }
        while (i < rows.size()) {
            out[i++] = md.digest();
        }
        return out;
    }

    /** The longest line {@link #decimalLine} writes: a sign, 19 digits and a line feed. */
    static final int DECIMAL_LINE = 21;

    /**
     * Writes {@code value} in decimal followed by a line feed (what {@link EntryContent#personsDigest}
     * hashes per person) at the end of {@code buffer}, of {@value #DECIMAL_LINE} bytes, and returns
     * where it starts; a million persons are hashed this way without a string each.
     */
    static int decimalLine(long value, byte[] buffer) {
        int pos = DECIMAL_LINE;
        buffer[--pos] = '\n';
        long rest = value;
        do {
            buffer[--pos] = (byte) ('0' + Math.abs(rest % 10));
            rest /= 10;
        } while (rest != 0);
        if (value < 0) {
            buffer[--pos] = '-';
        }
        return pos;
    }

    @Override
    public void close() throws SQLException {
        try (entriesInRange; entriesFrom; persons) {
            // closes all three, even if one fails
        }
    }

    private record Row(long seq, byte[] contentLeaf, byte[] recordedPersonsDigest, byte[] leaf, byte[] chain) {
    }
}
