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
        return write(BUFFER.get().reset()).toByteArray();
    }

    /**
     * The leaf hash written with the caller's buffer and digest: a verification's reader recomputes
     * a million leaves and keeps its own, instead of looking up the thread's for every entry.
     */
    byte[] leafHash(CanonicalBytes buffer, MessageDigest md) {
        write(buffer.reset());
        md.reset();
        md.update((byte) 0x00);
        buffer.updateDigest(md);
        return md.digest();
    }

    private static byte[] key(String json) {
        return json.getBytes(StandardCharsets.US_ASCII);
    }

    private static final byte[] BASIS = key("{\"basis\":");
    private static final byte[] CATEGORIES = key(",\"categories\":");
    private static final byte[] CHANNEL = key(",\"channel\":");
    private static final byte[] FIELDS = key(",\"fields\":");
    private static final byte[] NON_NOTIFICATION_UNTIL = key(",\"nonNotificationUntil\":");
    private static final byte[] OPERATOR = key(",\"operator\":");
    private static final byte[] OPERATOR_ROLES = key(",\"operatorRoles\":");
    private static final byte[] PAYLOAD_SHA256 = key(",\"payloadSha256\":");
    private static final byte[] PERSON_COUNT = key(",\"personCount\":");
    private static final byte[] PERSONS_DIGEST = key(",\"personsDigest\":");
    private static final byte[] PURPOSE = key(",\"purpose\":");
    private static final byte[] RECIPIENT_ADDRESS = key(",\"recipientAddress\":");
    private static final byte[] RECIPIENT_KIND = key(",\"recipientKind\":");
    private static final byte[] RECIPIENT_NAME = key(",\"recipientName\":");
    private static final byte[] REFERENCE = key(",\"reference\":");
    private static final byte[] SERIES_ID = key(",\"seriesId\":");
    private static final byte[] TIME = key(",\"time\":");
    private static final byte[] VERSION_AND_END = key(",\"v\":1}");

    private CanonicalBytes write(CanonicalBytes out) {
        out.raw(BASIS).string(basis.name());
        out.raw(CATEGORIES).strings(categories);
        out.raw(CHANNEL).string(channel);
        out.raw(FIELDS).strings(fields);
        if (nonNotificationUntil != null) {
            out.raw(NON_NOTIFICATION_UNTIL).instant(nonNotificationUntil);
        }
        out.raw(OPERATOR).string(operator);
        out.raw(OPERATOR_ROLES).strings(operatorRoles);
        out.raw(PAYLOAD_SHA256).string(payloadSha256);
        out.raw(PERSON_COUNT).number(personCount);
        out.raw(PERSONS_DIGEST).string(personsDigest);
        out.raw(PURPOSE).string(purpose);
        if (recipientAddress != null) {
            out.raw(RECIPIENT_ADDRESS).string(recipientAddress);
        }
        out.raw(RECIPIENT_KIND).string(recipientKind.name());
        out.raw(RECIPIENT_NAME).string(recipientName);
        if (reference != null) {
            out.raw(REFERENCE).string(reference);
        }
        if (seriesId != null) {
            out.raw(SERIES_ID).string(seriesId);
        }
        return out.raw(TIME).instant(time).raw(VERSION_AND_END);
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
