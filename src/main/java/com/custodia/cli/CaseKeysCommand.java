package com.custodia.cli;

import com.custodia.casefile.TrustStore;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code custodia case keys}: the pinned keys. */
@Command(name = "keys", mixinStandardHelpOptions = true, header = "List the pinned keys: fingerprint, label, when pinned.")
final class CaseKeysCommand implements Callable<Integer> {

    @ParentCommand
    CaseCommand parent;

    @Override
    public Integer call() {
        PrintWriter out = parent.global.context().out();
        var keys = parent.trust().list();
        if (keys.isEmpty()) {
            out.println("No keys are pinned.");
        }
        for (TrustStore.PinnedKey k : keys) {
            out.println(k.fingerprint() + "  " + k.label() + "  (pinned " + k.pinnedAt() + ")");
        }
        out.flush();
        return ExitCodes.OK;
    }
}
