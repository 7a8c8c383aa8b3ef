package com.custodia.service.people.importing;

/**
 * The file as a whole cannot be imported (no header, no last_name column, UTF-16, unreadable):
 * refused before any row is written. An input error, so the command line ends with exit code 2.
 */
public final class ImportFileException extends IllegalArgumentException {

    public ImportFileException(String message) {
        super(message);
    }

    public ImportFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
