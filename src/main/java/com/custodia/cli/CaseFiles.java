package com.custodia.cli;

import com.custodia.casefile.CaseFileException;
import com.custodia.casefile.CaseFileReader;
import com.custodia.casefile.OpenedCase;
import java.io.IOException;
import java.nio.file.Path;

/** Small helpers the case commands share. */
final class CaseFiles {

    private CaseFiles() {
    }

    /**
     * Whether the case file's payload is encrypted, read from its verified manifest, so a passphrase is
     * asked for only when one is needed. A broken file answers false here and fails properly when opened.
     */
    static boolean encrypted(Path file) throws IOException {
        try (OpenedCase opened = new CaseFileReader(null).open(file, null)) {
            return opened.encrypted();
        } catch (CaseFileException e) {
            return false;
        }
    }
}
