package com.custodia.cli;

import com.custodia.casefile.CaseFileReader;
import com.custodia.casefile.OpenedCase;
import com.custodia.casefile.TrustStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code custodia case pin FILE --label TEXT}: trusts the key that sealed a case file from now on. */
@Command(name = "pin", mixinStandardHelpOptions = true,
        header = "Pin the public key that sealed a case file, under a label (compare its fingerprint first).")
final class CasePinCommand implements Callable<Integer> {

    @ParentCommand
    CaseCommand parent;

    @Parameters(index = "0", paramLabel = "FILE", description = "A case file sealed with the key.")
    Path file;

    @Option(names = "--label", required = true, paramLabel = "TEXT", description = "Whose key it is.")
    String label;

    @Override
    public Integer call() throws IOException {
        TrustStore trust = parent.trust();
        try (OpenedCase opened = new CaseFileReader(trust).open(file, null)) {
            TrustStore.PinnedKey pinned = trust.pin(opened.manifest().key().publicKey(), label,
                    parent.global.context().clock().instant());
            PrintWriter out = parent.global.context().out();
            out.println("Pinned key " + pinned.fingerprint() + " as \"" + pinned.label() + "\"");
            out.flush();
            return ExitCodes.OK;
        }
    }
}
