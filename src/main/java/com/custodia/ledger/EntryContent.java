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

    public EntryContent {
        // the database keeps microseconds; hashing a finer instant would not survive a round trip
        time = Objects.requireNonNull(time).truncatedTo(ChronoUnit.MICROS);
        nonNotificationUntil = nonNotificationUntil == null ? null : nonNotificationUntil.truncatedTo(ChronoUnit.MICROS);
        operatorRoles = List.copyOf(operatorRoles.stream().sorted().toList());
        categories = List.copyOf(categories.stream().sorted().distinct().toList());
        fields = List.copyOf(fields.stream().sorted().distinct().toList());
        Objects.requireNonNull(operator);
        Objects.requireNonNull(recipientKind);
        Objects.requireNonNull(recipientName);
        Objects.requireNonNull(basis);
        Objects.requireNonNull(personsDigest);
        Objects.requireNonNull(purpose);
        Objects.requireNonNull(channel);
        Objects.requireNonNull(payloadSha256);
    }

    /** The canonical JSON of this content (see {@link Canonical}). */
    public byte[] canonicalBytes() {
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
        return Canonical.encode(m);
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
