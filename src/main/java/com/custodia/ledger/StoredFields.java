package com.custodia.ledger;

import com.custodia.domain.LegalBasis;
import com.custodia.domain.RecipientKind;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * A {@code ledger_record} row's fields as its leaf is recomputed from them: one per reader,
 * filled again for every row. It takes the same values {@link EntryContent} would be made of, with
 * the same checks, but keeps the hashes as the bytes they are stored as and the repeated texts as
 * the JSON the text table encoded once, so a million rows need no hexadecimal strings and no
 * second pass over the same names.
 */
final class StoredFields implements CanonicalEntry {

    private Instant time;
    private String operator;
    private List<String> operatorRoles;
    private RecipientKind recipientKind;
    private byte[] recipientName;
    private byte[] recipientAddress;
    private LegalBasis basis;
    private String reference;
    private long personCount;
    private byte[] personsDigest;
    private List<String> categories;
    private List<String> fields;
    private byte[] purpose;
    private String channel;
    private byte[] payloadSha256;
    private String seriesId;
    private Instant nonNotificationUntil;

    /**
     * Takes the fields of the row {@code rs} is on (the columns of {@link LedgerStore#RECORD_COLUMNS}),
     * its texts looked up by number. Throws {@link IllegalArgumentException} or
     * {@link NullPointerException} where {@link EntryContent}'s constructor would: for a row no entry
     * can be (an unknown basis, a missing name, a number that names no text).
     *
     * @param personsDigest the row's recorded persons digest, already read
     */
    StoredFields read(ResultSet rs, byte[] personsDigest, Connection c, LedgerTexts.Table texts) throws SQLException {
        time = EntryContent.micros(rs.getObject(2, OffsetDateTime.class).toInstant());
        operator = Objects.requireNonNull(rs.getString(3));
        operatorRoles = EntryContent.sorted(texts.list(c, number(rs, 4)), false);
        recipientKind = RecipientKind.valueOf(rs.getString(5));
        recipientName = Objects.requireNonNull(texts.json(c, number(rs, 6)));
        recipientAddress = texts.json(c, number(rs, 7));
        basis = LegalBasis.valueOf(rs.getString(8));
        reference = rs.getString(9);
        personCount = rs.getLong(10);
        this.personsDigest = Objects.requireNonNull(personsDigest);
        categories = EntryContent.sorted(texts.list(c, number(rs, 12)), true);
        fields = EntryContent.sorted(texts.list(c, number(rs, 13)), true);
        purpose = Objects.requireNonNull(texts.json(c, number(rs, 14)));
        channel = Objects.requireNonNull(rs.getString(15));
        payloadSha256 = Objects.requireNonNull(rs.getBytes(16));
        seriesId = rs.getString(17);
        OffsetDateTime until = rs.getObject(18, OffsetDateTime.class);
        nonNotificationUntil = until == null ? null : EntryContent.micros(until.toInstant());
        return this;
    }

    private static Long number(ResultSet rs, int column) throws SQLException {
        long n = rs.getLong(column);
        return rs.wasNull() ? null : n;
    }

    @Override
    public Instant time() {
        return time;
    }

    @Override
    public String operator() {
        return operator;
    }

    @Override
    public List<String> operatorRoles() {
        return operatorRoles;
    }

    @Override
    public RecipientKind recipientKind() {
        return recipientKind;
    }

    @Override
    public LegalBasis basis() {
        return basis;
    }

    @Override
    public String reference() {
        return reference;
    }

    @Override
    public long personCount() {
        return personCount;
    }

    @Override
    public List<String> categories() {
        return categories;
    }

    @Override
    public List<String> fields() {
        return fields;
    }

    @Override
    public String channel() {
        return channel;
    }

    @Override
    public String seriesId() {
        return seriesId;
    }

    @Override
    public Instant nonNotificationUntil() {
        return nonNotificationUntil;
    }

    @Override
    public boolean hasRecipientAddress() {
        return recipientAddress != null;
    }

    @Override
    public void writeRecipientName(CanonicalBytes out) {
        out.raw(recipientName);
    }

    @Override
    public void writeRecipientAddress(CanonicalBytes out) {
        out.raw(recipientAddress);
    }

    @Override
    public void writePurpose(CanonicalBytes out) {
        out.raw(purpose);
    }

    @Override
    public void writePersonsDigest(CanonicalBytes out) {
        out.hex(personsDigest);
    }

    @Override
    public void writePayloadSha256(CanonicalBytes out) {
        out.hex(payloadSha256);
    }
}
