package com.custodia.ledger;

import com.custodia.domain.LegalBasis;
import com.custodia.domain.RecipientKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a ledger entry says about one disclosure: everything that is hashed into its leaf.
 * The sequence number is not part of it: an entry's place is fixed by the hash chain and the
 * Merkle tree, so the same content can be recognised when rows are moved.
 */
public record EntryContent(
        Instant time,
        String operator,
        List<String> operatorRoles,
        RecipientKind recipientKind,
        String recipientName,
        String recipientAddress,
        LegalBasis basis,
        String reference,
        long personCount,
        String personsDigest,
        List<String> categories,
        List<String> fields,
        String purpose,
        String channel,
        String payloadSha256,
        String seriesId,
        Instant nonNotificationUntil) {

    /** One buffer per thread: a verification writes a million of these. */
    private static final ThreadLocal<CanonicalBytes> BUFFER = ThreadLocal.withInitial(CanonicalBytes::new);

    public EntryContent {
        time = micros(Objects.requireNonNull(time));
        nonNotificationUntil = nonNotificationUntil == null ? null : micros(nonNotificationUntil);
        operatorRoles = sorted(operatorRoles, false);
        categories = sorted(categories, true);
        fields = sorted(fields, true);
        Objects.requireNonNull(operator);
        Objects.requireNonNull(recipientKind);
        Objects.requireNonNull(recipientName);
        Objects.requireNonNull(basis);
        Objects.requireNonNull(personsDigest);
        Objects.requireNonNull(purpose);
        Objects.requireNonNull(channel);
        Objects.requireNonNull(payloadSha256);
    }

    /**
     * The canonical JSON of this content (see {@link Canonical}), as {@link CanonicalEntry#writeTo}
     * lays it out.
     */
    public byte[] canonicalBytes() {
        return new Fields(this).writeTo(BUFFER.get().reset()).toByteArray();
    }

    /** The leaf hash written with the caller's buffer and digest. */
    byte[] leafHash(CanonicalBytes buffer, MessageDigest md) {
        return new Fields(this).leafHash(buffer, md);
    }

    /** This content as the canonical layout reads it. */
    private record Fields(EntryContent c) implements CanonicalEntry {
        @Override
        public Instant time() {
            return c.time;
        }

        @Override
        public String operator() {
            return c.operator;
        }

        @Override
        public List<String> operatorRoles() {
            return c.operatorRoles;
        }

        @Override
        public RecipientKind recipientKind() {
            return c.recipientKind;
        }

        @Override
        public LegalBasis basis() {
            return c.basis;
        }

        @Override
        public String reference() {
            return c.reference;
        }

        @Override
        public long personCount() {
            return c.personCount;
        }

        @Override
        public List<String> categories() {
            return c.categories;
        }

        @Override
        public List<String> fields() {
            return c.fields;
        }

        @Override
        public String channel() {
            return c.channel;
        }

        @Override
        public String seriesId() {
            return c.seriesId;
        }

        @Override
        public Instant nonNotificationUntil() {
            return c.nonNotificationUntil;
        }

        @Override
        public boolean hasRecipientAddress() {
            return c.recipientAddress != null;
        }

        @Override
        public void writeRecipientName(CanonicalBytes out) {
            out.string(c.recipientName);
        }

        @Override
        public void writeRecipientAddress(CanonicalBytes out) {
            out.string(c.recipientAddress);
        }

        @Override
        public void writePurpose(CanonicalBytes out) {
            out.string(c.purpose);
        }

        @Override
        public void writePersonsDigest(CanonicalBytes out) {
            out.string(c.personsDigest);
        }

        @Override
        public void writePayloadSha256(CanonicalBytes out) {
            out.string(c.payloadSha256);
        }
    }

    /** The database keeps microseconds; hashing a finer instant would not survive a round trip. */
    static Instant micros(Instant instant) {
        return instant.getNano() % 1_000 == 0 ? instant : instant.truncatedTo(ChronoUnit.MICROS);
    }

    /** The content as the generic map {@link Canonical#encode} takes; the definition {@link #canonicalBytes} follows. */
    Map<String, Object> canonicalMap() {
        Map<String, Object> m = new TreeMap<>();
        m.put("v", 1);
        m.put("time", time.toString());
        m.put("operator", operator);
        m.put("operatorRoles", operatorRoles);
        m.put("recipientKind", recipientKind.name());
        m.put("recipientName", recipientName);
        m.put("recipientAddress", recipientAddress);
        m.put("basis", basis.name());
        m.put("reference", reference);
        m.put("personCount", personCount);
        m.put("personsDigest", personsDigest);
        m.put("categories", categories);
        m.put("fields", fields);
        m.put("purpose", purpose);
        m.put("channel", channel);
        m.put("payloadSha256", payloadSha256);
        m.put("seriesId", seriesId);
        m.put("nonNotificationUntil", nonNotificationUntil == null ? null : nonNotificationUntil.toString());
        return m;
    }

    /**
     * An immutable sorted copy. Lists read back from the ledger are sorted already, so that case
     * costs one pass instead of a sort per list per entry when a million entries are verified.
     */
    static List<String> sorted(List<String> values, boolean distinct) {
        if (values instanceof CanonicalList) {
            // immutable and strictly ascending: sorted under either rule
            return values;
        }
        boolean ordered = true;
        for (int i = 1; i < values.size() && ordered; i++) {
            int order = values.get(i - 1).compareTo(values.get(i));
            ordered = distinct ? order < 0 : order <= 0;
        }
        if (ordered) {
            return List.copyOf(values);
        }
        var stream = values.stream().sorted();
        return List.copyOf((distinct ? stream.distinct() : stream).toList());
    }

    /** SHA-256(0x00 || canonical bytes), the RFC 9162 leaf hash. */
    public byte[] leafHash() {
        return Merkle.leafHash(canonicalBytes());
    }

    /**
     * The digest of the persons concerned: SHA-256 over their ids in ascending order, each
     * written in decimal and followed by a line feed. Offline reviewers recompute it from the
     * list in a case file.
     */
    public static String personsDigest(Collection<Long> personIds) {
        MessageDigest md = Merkle.sha256();
        personIds.stream().sorted().distinct().forEach(id -> md.update((id + "\n").getBytes(StandardCharsets.US_ASCII)));
        return HexFormat.of().formatHex(md.digest());
    }
}
