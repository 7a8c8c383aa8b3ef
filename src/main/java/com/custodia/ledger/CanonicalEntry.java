package com.custodia.ledger;

import com.custodia.domain.LegalBasis;
import com.custodia.domain.RecipientKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;

/**
 * The fields of an entry as its canonical JSON takes them, and the one place that lays that JSON
 * out ({@link #writeTo}). Two kinds of source have them: an {@link EntryContent}, and a
 * verification's reader, which has the hashes as bytes and the repeated texts encoded once, and
 * writes those as they are instead of turning them into strings first. Either way the bytes are
 * those of {@link Canonical#encode} over {@link EntryContent#canonicalMap()}.
 */
interface CanonicalEntry {

    /** Already truncated to microseconds, as stored. */
    Instant time();

    String operator();

    /** Sorted, as an entry keeps them. */
    List<String> operatorRoles();

    RecipientKind recipientKind();

    LegalBasis basis();

    String reference();

    long personCount();

    /** Sorted and distinct, as an entry keeps them. */
    List<String> categories();

    /** Sorted and distinct, as an entry keeps them. */
    List<String> fields();

    String channel();

    String seriesId();

    Instant nonNotificationUntil();

    boolean hasRecipientAddress();

    void writeRecipientName(CanonicalBytes out);

    void writeRecipientAddress(CanonicalBytes out);

    void writePurpose(CanonicalBytes out);

    /** The persons digest as a JSON string of lower-case hexadecimal digits. */
    void writePersonsDigest(CanonicalBytes out);

    /** The payload's SHA-256 as a JSON string of lower-case hexadecimal digits. */
    void writePayloadSha256(CanonicalBytes out);

    /**
     * The canonical JSON, field by field in the code-point order of the keys, which is what
     * encoding the map of {@link EntryContent#canonicalMap()} gives, without building maps per
     * entry (verifying a million entries spent a third of its time there).
     */
    default CanonicalBytes writeTo(CanonicalBytes out) {
        out.raw(Keys.BASIS).raw(Keys.BASES[basis().ordinal()]);
        out.raw(Keys.CATEGORIES).strings(categories());
        out.raw(Keys.CHANNEL).string(channel());
        out.raw(Keys.FIELDS).strings(fields());
        if (nonNotificationUntil() != null) {
            out.raw(Keys.NON_NOTIFICATION_UNTIL).instant(nonNotificationUntil());
        }
        out.raw(Keys.OPERATOR).string(operator());
        out.raw(Keys.OPERATOR_ROLES).strings(operatorRoles());
        out.raw(Keys.PAYLOAD_SHA256);
        writePayloadSha256(out);
        out.raw(Keys.PERSON_COUNT).number(personCount());
        out.raw(Keys.PERSONS_DIGEST);
        writePersonsDigest(out);
        out.raw(Keys.PURPOSE);
        writePurpose(out);
        if (hasRecipientAddress()) {
            out.raw(Keys.RECIPIENT_ADDRESS);
            writeRecipientAddress(out);
        }
        out.raw(Keys.RECIPIENT_KIND).raw(Keys.RECIPIENT_KINDS[recipientKind().ordinal()]);
        out.raw(Keys.RECIPIENT_NAME);
        writeRecipientName(out);
        if (reference() != null) {
            out.raw(Keys.REFERENCE).string(reference());
        }
        if (seriesId() != null) {
            out.raw(Keys.SERIES_ID).string(seriesId());
        }
        return out.raw(Keys.TIME).instant(time()).raw(Keys.VERSION_AND_END);
    }

    /** SHA-256(0x00 || canonical bytes), the RFC 9162 leaf hash, written with the caller's buffer and digest. */
    default byte[] leafHash(CanonicalBytes buffer, MessageDigest md) {
        writeTo(buffer.reset());
        md.reset();
        md.update((byte) 0x00);
        buffer.updateDigest(md);
        return md.digest();
    }

    /** The keys and the enum constants, encoded once. */
    final class Keys {
        static final byte[] BASIS = ascii("{\"basis\":");
        static final byte[] CATEGORIES = ascii(",\"categories\":");
        static final byte[] CHANNEL = ascii(",\"channel\":");
        static final byte[] FIELDS = ascii(",\"fields\":");
        static final byte[] NON_NOTIFICATION_UNTIL = ascii(",\"nonNotificationUntil\":");
        static final byte[] OPERATOR = ascii(",\"operator\":");
        static final byte[] OPERATOR_ROLES = ascii(",\"operatorRoles\":");
        static final byte[] PAYLOAD_SHA256 = ascii(",\"payloadSha256\":");
        static final byte[] PERSON_COUNT = ascii(",\"personCount\":");
        static final byte[] PERSONS_DIGEST = ascii(",\"personsDigest\":");
        static final byte[] PURPOSE = ascii(",\"purpose\":");
        static final byte[] RECIPIENT_ADDRESS = ascii(",\"recipientAddress\":");
        static final byte[] RECIPIENT_KIND = ascii(",\"recipientKind\":");
        static final byte[] RECIPIENT_NAME = ascii(",\"recipientName\":");
        static final byte[] REFERENCE = ascii(",\"reference\":");
        static final byte[] SERIES_ID = ascii(",\"seriesId\":");
        static final byte[] TIME = ascii(",\"time\":");
        static final byte[] VERSION_AND_END = ascii(",\"v\":1}");
        static final byte[][] BASES = names(LegalBasis.values());
        static final byte[][] RECIPIENT_KINDS = names(RecipientKind.values());

        private Keys() {
        }

        private static byte[] ascii(String json) {
            return json.getBytes(StandardCharsets.US_ASCII);
        }

        private static byte[][] names(Enum<?>[] constants) {
            byte[][] out = new byte[constants.length][];
            for (Enum<?> constant : constants) {
                out[constant.ordinal()] = new CanonicalBytes().string(constant.name()).toByteArray();
            }
            return out;
        }
    }
}
