package com.custodia.service.people.importing;

import com.custodia.service.people.importing.CsvRecord.Fault;
import java.util.function.IntFunction;

/** The sentences that explain why a record could not be read. */
final class Problems {

    private Problems() {
    }

    /**
     * @param nameOf how to name the value at an index (a column name)
     */
    static String describe(Fault fault, IntFunction<String> nameOf) {
        return switch (fault.kind()) {
            case INVALID_UTF8 -> "the bytes of " + nameOf.apply(fault.field()) + " are not valid UTF-8 (byte "
                    + fault.detail() + " of the value); save the file as UTF-8";
            case TEXT_AFTER_QUOTE -> "the quoted value of " + nameOf.apply(fault.field()) + " is followed by more text "
                    + "before the next comma; inside a quoted value a quote is written as two quotes (\"\")";
            case UNCLOSED_QUOTE -> "the quoted value of " + nameOf.apply(fault.field()) + " is never closed, so "
                    + "everything to the end of the file (line " + fault.detail() + ") was read as part of it";
            case TOO_LONG -> "the row is " + fault.detail() + " bytes long, more than the "
                    + CsvRecordReader.MAX_RECORD_BYTES + " a row may have; probably a quote is not closed";
        };
    }
}
