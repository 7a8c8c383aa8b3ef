package com.custodia.service.disclosure;

import java.io.IOException;

/**
 * How disclosed bytes are handed over once their ledger entry is committed: written to a file,
 * shown in a window, returned to a caller. The gate calls it at most once, and only then.
 */
@FunctionalInterface
public interface Release {
    void release(byte[] payload) throws IOException;
}
