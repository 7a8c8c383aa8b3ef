package com.custodia.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code custodia case unpin FINGERPRINT}: stops trusting a key. */
@Command(name = "unpin", mixinStandardHelpOptions = true, header = "Remove a pinned key by its fingerprint (or a unique start of it).")
final class CaseUnpinCommand implements Callable<Integer> {

    @ParentCommand
    CaseCommand parent;

    @Parameters(index = "0", paramLabel = "FINGERPRINT")
    String fingerprint;

    @Override
    public Integer call() throws IOException {
        if (!parent.trust().unpin(fingerprint)) {
            throw new IllegalArgumentException("No single pinned key has a fingerprint starting with " + fingerprint + ".");
        }
        parent.global.context().out().println("Unpinned " + fingerprint);
        parent.global.context().out().flush();
        return ExitCodes.OK;
    }
}
