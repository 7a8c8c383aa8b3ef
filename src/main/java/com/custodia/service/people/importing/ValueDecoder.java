package com.custodia.service.people.importing;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of one CSV value into text, strictly: bytes that are not UTF-8 make the value
 * unreadable (and say which byte) instead of becoming U+FFFD, so a row is never stored with a
 * character its file did not hold.
 */
final class ValueDecoder {

    private final CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private byte[] scratch = new byte[256];
    private long badByte;

    /**
     * @param escaped whether the value was quoted and holds doubled quotes to make single
     * @return the value, or null when its bytes are not UTF-8 ({@link #badByte()} then names the first bad one)
     */
    String decode(byte[] buf, int off, int len, boolean escaped) {
        byte[] bytes = buf;
        if (escaped) {
            len = unescape(buf, off, len);
            bytes = scratch;
            off = 0;
        }
        String value = new String(bytes, off, len, StandardCharsets.UTF_8);
        // the fast lenient decode replaced any bad byte with U+FFFD; only then ask the strict
        // decoder, which also accepts a U+FFFD that was really in the file
        if (value.indexOf('\uFFFD') >= 0) {
            int bad = firstInvalidByte(bytes, off, len);
            if (bad >= 0) {
                badByte = bad + 1L;
                return null;
            }
        }
        return value;
    }

    /** The 1-based position within the value of the first byte that is not UTF-8, after a null from {@link #decode}. */
    long badByte() {
        return badByte;
    }

    /** Copies a quoted value into {@code scratch}, each doubled quote made single; returns its length. */
    private int unescape(byte[] buf, int off, int len) {
        if (scratch.length < len) {
            scratch = new byte[Math.max(len, scratch.length * 2)];
        }
        int n = 0;
        for (int i = off; i < off + len; i++) {
            scratch[n++] = buf[i];
            if (buf[i] == '"') {
                i++; // inside quotes a quote only ever comes doubled
            }
        }
        return n;
    }

    private int firstInvalidByte(byte[] bytes, int off, int len) {
        strict.reset();
        ByteBuffer input = ByteBuffer.wrap(bytes, off, len);
        CharBuffer output = CharBuffer.allocate(len);
        if (strict.decode(input, output, true).isError()) {
            return input.position() - off;
        }
        return strict.flush(output).isError() ? len - 1 : -1;
    }
}
