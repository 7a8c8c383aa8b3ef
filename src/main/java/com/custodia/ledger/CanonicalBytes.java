package com.custodia.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A reusable buffer that canonical JSON (see {@link Canonical}) is written into as UTF-8 bytes,
 * and hashed from where it lies. A verification writes a million entries; through a
 * {@code StringBuilder}, its string and that string's UTF-8 copy, the encoding made half of all
 * the memory a verification allocated. Here an entry costs no allocation but its result.
 *
 * <p>Strings are written as {@link Canonical#writeString} writes them: text without characters
 * to escape (nearly all) is copied as it is, and anything else takes that method's path, so the
 * escaping rules live in one place.
 */
final class CanonicalBytes {

    /** A buffer grown past this by one huge entry is not kept for the next. */
    private static final int KEEP = 1 << 16;
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private byte[] buf = new byte[1024];
    private int len;

    /** Empties the buffer for the next entry. */
    CanonicalBytes reset() {
        if (buf.length > KEEP) {
            buf = new byte[1024];
        }
        len = 0;
        return this;
    }

    int length() {
        return len;
    }

    /** A copy of what was written. */
    byte[] toByteArray() {
        return Arrays.copyOf(buf, len);
    }

    /** Feeds what was written to {@code md}. */
    void updateDigest(MessageDigest md) {
        md.update(buf, 0, len);
    }

    /** Bytes that are canonical JSON already (keys, punctuation, an array kept by {@link CanonicalList}). */
    CanonicalBytes raw(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, len, bytes.length);
        len += bytes.length;
        return this;
    }

    /** ASCII text that needs no escape, such as an enum constant's name or a number's digits. */
    @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): exact for ASCII, without a copy
    CanonicalBytes ascii(String s) {
        ensure(s.length());
        s.getBytes(0, s.length(), buf, len);
        len += s.length();
        return this;
    }

    /** A JSON string. */
    CanonicalBytes string(String s) {
        int n = s.length();
        boolean plainAscii = true;
        for (int i = 0; i < n && plainAscii; i++) {
            char c = s.charAt(i);
            plainAscii = c >= 0x20 && c < 0x80 && c != '"' && c != '\\';
        }
        if (plainAscii) {
            ensure(n + 2);
            buf[len++] = '"';
            ascii(s);
            buf[len++] = '"';
            return this;
        }
        StringBuilder sb = new StringBuilder(n + 16);
        Canonical.writeString(sb, s);
        return raw(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A JSON array of strings; a {@link CanonicalList} brings its array ready made. */
    CanonicalBytes strings(List<String> values) {
        if (values instanceof CanonicalList known) {
            return raw(known.jsonBytes());
        }
        ensure(1);
        buf[len++] = '[';
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                ensure(1);
                buf[len++] = ',';
            }
            string(values.get(i));
        }
        ensure(1);
        buf[len++] = ']';
        return this;
    }

    /** A JSON number. */
    CanonicalBytes number(long value) {
        if (value >= 0 && value < 10) {
            ensure(1);
            buf[len++] = (byte) ('0' + value);
            return this;
        }
        return ascii(Long.toString(value));
    }

    /** A JSON string of 64 lower-case hexadecimal digits, or as many as the bytes need. */
    CanonicalBytes hex(byte[] bytes) {
        ensure(2 * bytes.length + 2);
        buf[len++] = '"';
        for (byte b : bytes) {
            buf[len++] = HEX[(b >> 4) & 0xf];
            buf[len++] = HEX[b & 0xf];
        }
        buf[len++] = '"';
        return this;
    }

    /**
     * A JSON string of {@code instant.toString()} (ISO-8601 in UTC, the fraction in groups of three
     * digits as needed), written digit by digit for the years 0 to 9999; other years take
     * {@code toString}.
     */
    CanonicalBytes instant(Instant instant) {
        long seconds = instant.getEpochSecond();
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400L));
        int year = date.getYear();
        if (year < 0 || year > 9999) {
            return string(instant.toString());
        }
        int second = (int) Math.floorMod(seconds, 86_400L);
        ensure(32);
        buf[len++] = '"';
        digits(year, 4);
        buf[len++] = '-';
        digits(date.getMonthValue(), 2);
        buf[len++] = '-';
        digits(date.getDayOfMonth(), 2);
        buf[len++] = 'T';
        digits(second / 3600, 2);
        buf[len++] = ':';
        digits(second / 60 % 60, 2);
        buf[len++] = ':';
        digits(second % 60, 2);
        int nano = instant.getNano();
        if (nano != 0) {
            buf[len++] = '.';
            if (nano % 1_000_000 == 0) {
                digits(nano / 1_000_000, 3);
            } else if (nano % 1_000 == 0) {
                digits(nano / 1_000, 6);
            } else {
                digits(nano, 9);
            }
        }
        buf[len++] = 'Z';
        buf[len++] = '"';
        return this;
    }

    /** {@code value} (not negative, below 10^width) in exactly {@code width} digits, zeros in front. */
    private void digits(int value, int width) {
        int rest = value;
        for (int i = len + width - 1; i >= len; i--) {
            buf[i] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
        len += width;
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(2 * buf.length, len + more));
        }
    }
}
