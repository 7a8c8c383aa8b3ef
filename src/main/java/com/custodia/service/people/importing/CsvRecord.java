package com.custodia.service.people.importing;

/**
 * One record of a CSV file as {@link CsvRecordReader} found it: where it starts, where the next
 * one starts, its values, and what was wrong with it if anything.
 *
 * @param line        the physical line (1-based) on which the record starts; a record with quoted
 *                    line breaks spans several lines and is named by its first
 * @param startOffset the byte offset of the record's first byte in the file
 * @param endOffset   the byte offset just after the record's line break, where the next one begins
 * @param nextLine    the physical line at {@code endOffset}
 * @param fields      the values, decoded; an entry is null where its bytes could not be decoded
 * @param fault       what made the record unreadable, or null
 */
record CsvRecord(long line, long startOffset, long endOffset, long nextLine, String[] fields, Fault fault) {

    /** Ways a record can be unreadable while the rest of the file is fine. */
    enum FaultKind {
        /** The bytes of one value are not UTF-8; {@code detail} is the 1-based byte within the value. */
        INVALID_UTF8,
        /** A quoted value is followed by something other than a comma or the line end. */
        TEXT_AFTER_QUOTE,
        /** A quoted value is never closed; {@code detail} is the last line that was read into it. */
        UNCLOSED_QUOTE,
        /** The record is longer than the reader keeps; {@code detail} is its length in bytes. */
        TOO_LONG
    }

    /**
     * @param field the 0-based index of the value at fault, or -1 when the record as a whole is
     */
    record Fault(FaultKind kind, int field, long detail) {
    }
}
