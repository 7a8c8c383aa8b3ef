package com.custodia.service.backup;

/**
 * A backup file that cannot be trusted: not a backup, a hostile archive, or contents that differ
 * from its manifest. Nothing was restored from it. The command line exits with 3 (integrity).
 */
public final class BackupFileException extends RuntimeException {

    public BackupFileException(String message) {
        super(message);
    }

    public BackupFileException(String message, Throwable cause) {
        super(message, cause);
    }

    static BackupFileException refused(String why) {
        return new BackupFileException("The backup file is refused: " + why + " Nothing was restored.");
    }
}
