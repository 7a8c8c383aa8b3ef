package com.custodia.service.people.importing;

import com.custodia.service.people.importing.CsvRecord.Fault;
import com.custodia.service.people.importing.CsvRecord.FaultKind;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * Reads RFC 4180 CSV record by record from the bytes, before decoding them. Working on bytes is
 * what lets one bad record be rejected while the file goes on: the structural bytes (comma,
 * quote, CR, LF) never occur inside a UTF-8 multi-byte sequence, so records and values can be cut
 * out of a file that holds invalid UTF-8, and each value is then decoded strictly on its own
 * ({@link ValueDecoder}). A decoding reader under a CSV
 * library could only replace bad bytes or fail the whole file, and a quoting error would stop the
 * parser for good; here either becomes a {@link Fault} on that one record.
 *
 * <p>Line breaks may be CRLF, LF or CR; a byte-order mark at the start is skipped; lines that are
 * empty or hold only spaces and tabs are skipped. Each record is named by the physical line it
 * starts on. The reader also keeps a SHA-256 of the bytes it has consumed, so an import can prove
 * on a later run that a file's beginning is the one it already committed.
 */
final class CsvRecordReader implements AutoCloseable {

    /** A record longer than this is rejected without being kept: it is almost always an unclosed quote. */
    static final int MAX_RECORD_BYTES = 1 << 20;

    private static final int INITIAL_BUFFER = 1 << 18;
    private static final int FIELD_START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    private static final int QUOTE_IN_QUOTED = 3;
    private static final int AFTER_BAD_QUOTE = 4;

    private final InputStream in;
    private final MessageDigest digest;
    private final ValueDecoder values = new ValueDecoder();

    private byte[] buf = new byte[INITIAL_BUFFER];
    private int pos;
    private int limit;
    private int recordStart;
    private int hashedUpTo;
    /** File offset of {@code buf[0]}: offset of any index = bufferOffset + index, across compactions. */
    private long bufferOffset;
    private long line = 1;
    private boolean eof;
    private boolean started;
    private boolean overflow;

    // the values of the current record, as byte ranges relative to recordStart
    private final FieldBounds bounds = new FieldBounds();

    CsvRecordReader(InputStream in) {
        this.in = in;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The next record, or null at the end of the file. */
    CsvRecord next() throws IOException {
        if (!started) {
            started = true;
            skipByteOrderMark();
        }
        while (true) {
            recordStart = pos;
            overflow = false;
            if (peek() < 0) {
                return null;
            }
            long startOffset = bufferOffset + recordStart;
            long startLine = line;
            Fault fault = readRecord();
            if (overflow && (fault == null || fault.kind() != FaultKind.UNCLOSED_QUOTE)) {
                fault = new Fault(FaultKind.TOO_LONG, -1, bufferOffset + pos - startOffset);
            } else if (fault == null && isBlank()) {
                continue;
            }
            String[] fields = overflow ? new String[0] : new String[bounds.count()];
            if (!overflow) {
                fault = decode(fields, fault);
            }
            return new CsvRecord(startLine, startOffset, bufferOffset + pos, line, fields, fault);
        }
    }

    /** The byte offset just after the last record returned (or the end, once {@link #next} returned null). */
    long position() {
        return bufferOffset + pos;
    }

    /** The physical line at {@link #position()}. */
    long line() {
        return line;
    }

    /** SHA-256 of every byte before {@link #position()}. */
    byte[] digestToHere() {
        digest.update(buf, hashedUpTo, pos - hashedUpTo);
        hashedUpTo = pos;
        try {
            return ((MessageDigest) digest.clone()).digest();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's SHA-256 can be cloned", e);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    // ---------------------------------------------------------------- Structure

    private Fault readRecord() throws IOException {
        bounds.clear();
        Fault fault = null;
        int state = FIELD_START;
        int fieldStart = 0;
        boolean fieldEscaped = false;
        while (true) {
            int b = peek();
            switch (state) {
                case FIELD_START -> {
                    fieldEscaped = false;
                    if (b == '"') {
                        pos++;
                        state = QUOTED;
                    } else {
                        state = UNQUOTED;
                    }
                    fieldStart = pos - recordStart;
                }
                case UNQUOTED -> {
                    if (b == ',') {
                        bounds.add(fieldStart, pos - recordStart, false);
                        pos++;
                        state = FIELD_START;
                    } else if (b == '\n' || b == '\r' || b < 0) {
                        bounds.add(fieldStart, pos - recordStart, false);
                        endLine(b);
                        return fault;
                    } else {
                        pos++;
                    }
                }
                case QUOTED -> {
                    if (b == '"') {
                        pos++;
                        state = QUOTE_IN_QUOTED;
                    } else if (b < 0) {
                        bounds.add(fieldStart, pos - recordStart, fieldEscaped);
                        return new Fault(FaultKind.UNCLOSED_QUOTE, bounds.count() - 1, line);
                    } else {
                        pos++;
                        // a quoted CRLF is one line break: count it at the LF
                        if (b == '\n' || (b == '\r' && peek() != '\n')) {
                            line++;
                        }
                    }
                }
                case QUOTE_IN_QUOTED -> {
                    if (b == '"') {
                        pos++;
                        fieldEscaped = true;
                        state = QUOTED;
                    } else {
                        bounds.add(fieldStart, pos - 1 - recordStart, fieldEscaped);
                        if (b == ',') {
                            pos++;
                            state = FIELD_START;
                        } else if (b == '\n' || b == '\r' || b < 0) {
                            endLine(b);
                            return fault;
                        } else {
                            if (fault == null) {
                                fault = new Fault(FaultKind.TEXT_AFTER_QUOTE, bounds.count() - 1, 0);
                            }
                            state = AFTER_BAD_QUOTE;
                        }
                    }
                }
                case AFTER_BAD_QUOTE -> {
                    // the value is already counted; find where the record goes on
                    if (b == ',') {
                        pos++;
                        state = FIELD_START;
                    } else if (b == '\n' || b == '\r' || b < 0) {
                        endLine(b);
                        return fault;
                    } else {
                        pos++;
                    }
                }
                default -> throw new IllegalStateException("state " + state);
            }
        }
    }

    private void endLine(int b) throws IOException {
        if (b == '\n') {
            pos++;
            line++;
        } else if (b == '\r') {
            pos++;
            if (peek() == '\n') {
                pos++;
            }
            line++;
        }
    }

    /** An empty line, or one of spaces and tabs only: nothing a person could be made of. */
    private boolean isBlank() {
        if (bounds.count() != 1 || bounds.start(0) > 0) { // a quoted value starts after its quote
            return false;
        }
        for (int i = recordStart + bounds.start(0); i < recordStart + bounds.end(0); i++) {
            if (buf[i] != ' ' && buf[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- Decoding

    private Fault decode(String[] fields, Fault fault) {
        for (int i = 0; i < bounds.count(); i++) {
            if (fault != null && fault.kind() == FaultKind.UNCLOSED_QUOTE && fault.field() == i) {
                continue; // the rest of the file, not a value
            }
            fields[i] = values.decode(buf, recordStart + bounds.start(i), bounds.end(i) - bounds.start(i),
                    bounds.escaped(i));
            if (fields[i] == null && fault == null) {
                fault = new Fault(FaultKind.INVALID_UTF8, i, values.badByte());
            }
        }
        return fault;
    }

    // ---------------------------------------------------------------- Buffer

    private void skipByteOrderMark() throws IOException {
        if (peek() == 0xFF || peek() == 0xFE) {
            ensureBytes(2);
            if (limit - pos >= 2 && ((buf[pos] & 0xFF) == 0xFF && (buf[pos + 1] & 0xFF) == 0xFE
                    || (buf[pos] & 0xFF) == 0xFE && (buf[pos + 1] & 0xFF) == 0xFF)) {
                throw new ImportFileException("The file is UTF-16 (it starts with a UTF-16 byte-order mark); "
                        + "save it as UTF-8 and import it again.");
            }
        }
        if (peek() == 0xEF) {
            ensureBytes(3);
            if (limit - pos >= 3 && (buf[pos + 1] & 0xFF) == 0xBB && (buf[pos + 2] & 0xFF) == 0xBF) {
                pos += 3;
            }
        }
    }

    private void ensureBytes(int n) throws IOException {
        while (limit - pos < n && !eof) {
            if (!fill()) {
                return;
            }
        }
    }

    private int peek() throws IOException {
        if (pos < limit || fill()) {
            return buf[pos] & 0xFF;
        }
        return -1;
    }

    /** Reads more bytes, keeping the current record (from recordStart) in the buffer. */
    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        if (recordStart > 0) {
            digest.update(buf, hashedUpTo, recordStart - hashedUpTo);
            int shift = recordStart;
            System.arraycopy(buf, shift, buf, 0, limit - shift);
            pos -= shift;
            limit -= shift;
            bufferOffset += shift;
            recordStart = 0;
            hashedUpTo = 0;
        }
        if (limit == buf.length) {
            if (buf.length < MAX_RECORD_BYTES) {
                buf = Arrays.copyOf(buf, Math.min(MAX_RECORD_BYTES, buf.length * 2));
            } else {
                // a record this long is rejected anyway: drop its bytes and only look for its end
                digest.update(buf, hashedUpTo, limit - hashedUpTo);
                bufferOffset += limit;
                pos = 0;
                limit = 0;
                hashedUpTo = 0;
                overflow = true;
            }
        }
        int n;
        do {
            n = in.read(buf, limit, buf.length - limit);
        } while (n == 0);
        if (n < 0) {
            eof = true;
            return false;
        }
        limit += n;
        return true;
    }
}
