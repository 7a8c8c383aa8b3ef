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

    /** One builder per thread: a verification writes a million of these. */
    private static final ThreadLocal<StringBuilder> BUILDER = ThreadLocal.withInitial(() -> new StringBuilder(1024));

    public EntryContent {
        // the database keeps microseconds; hashing a finer instant would not survive a round trip
        time = Objects.requireNonNull(time).truncatedTo(ChronoUnit.MICROS);
        nonNotificationUntil = nonNotificationUntil == null ? null : nonNotificationUntil.truncatedTo(ChronoUnit.MICROS);
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
     * The canonical JSON of this content (see {@link Canonical}): written field by field in the
     * code-point order of the keys, which is what encoding the map of {@link #canonicalMap()} gives,
     * without building maps per entry (verifying a million entries spent a third of its time there).
     */
    public byte[] canonicalBytes() {
        StringBuilder sb = BUILDER.get();
        if (sb.capacity() > 1 << 16) {
            // an entry with a huge text once: don't keep its buffer for the thread's life
            sb = new StringBuilder(1024);
            BUILDER.set(sb);
        }
        return canonicalBytes(sb);
    }

    /**
     * The leaf hash written with the caller's buffer and digest: a verification's reader recomputes
     * a million leaves and keeps its own, instead of looking up the thread's for every entry.
     */
    byte[] leafHash(StringBuilder sb, MessageDigest md) {
        if (sb.capacity() > 1 << 16) {
            sb.setLength(0);
            sb.trimToSize();
        }
        byte[] canonical = canonicalBytes(sb);
        md.reset();
        md.update((byte) 0x00);
        return md.digest(canonical);
    }

    private byte[] canonicalBytes(StringBuilder sb) {
        sb.setLength(0);
        sb.append("{\"basis\":");
        Canonical.writeString(sb, basis.name());
        sb.append(",\"categories\":");
        Canonical.writeStrings(sb, categories);
        sb.append(",\"channel\":");
        Canonical.writeString(sb, channel);
        sb.append(",\"fields\":");
        Canonical.writeStrings(sb, fields);
        if (nonNotificationUntil != null) {
            sb.append(",\"nonNotificationUntil\":");
            Canonical.writeInstant(sb, nonNotificationUntil);
        }
        sb.append(",\"operator\":");
        Canonical.writeString(sb, operator);
        sb.append(",\"operatorRoles\":");
        Canonical.writeStrings(sb, operatorRoles);
        sb.append(",\"payloadSha256\":");
        Canonical.writeString(sb, payloadSha256);
        sb.append(",\"personCount\":").append(personCount);
        sb.append(",\"personsDigest\":");
        Canonical.writeString(sb, personsDigest);
        sb.append(",\"purpose\":");
        Canonical.writeString(sb, purpose);
        if (recipientAddress != null) {
            sb.append(",\"recipientAddress\":");
            Canonical.writeString(sb, recipientAddress);
        }
        sb.append(",\"recipientKind\":");
        Canonical.writeString(sb, recipientKind.name());
        sb.append(",\"recipientName\":");
        Canonical.writeString(sb, recipientName);
        if (reference != null) {
            sb.append(",\"reference\":");
            Canonical.writeString(sb, reference);
        }
        if (seriesId != null) {
            sb.append(",\"seriesId\":");
            Canonical.writeString(sb, seriesId);
        }
        sb.append(",\"time\":");
        Canonical.writeInstant(sb, time);
        sb.append(",\"v\":1}");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
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
    private static List<String> sorted(List<String> values, boolean distinct) {
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
