package com.custodia.reliability;

import com.custodia.domain.LegalBasis;
import com.custodia.domain.Progress;
import com.custodia.domain.RecipientKind;
import com.custodia.ledger.AppendedEntry;
import com.custodia.ledger.EntryDraft;
import com.custodia.service.Services;
import com.custodia.service.workspace.WorkspaceService;
import com.custodia.support.TestWorkspaces;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * The child process of {@link LedgerCrashTest}: opens the workspace named by its argument (the
 * passphrase in {@code CUSTODIA_PASSPHRASE}, the signing key under {@code custodia.home}) and
 * appends ledger entries until it is killed, printing {@code ACK <seq>} only after each append
 * has returned, which is the moment the ledger promises the entry is durable.
 */
public final class LedgerAppender {

    private LedgerAppender() {
    }

    public static void main(String[] args) {
        Path workspace = Path.of(args[0]);
        char[] passphrase = System.getenv("CUSTODIA_PASSPHRASE").toCharArray();
        PrintStream out = System.out;
        WorkspaceService workspaces = new WorkspaceService(Clock.systemUTC(), TestWorkspaces.FAST_HASHER, "crash-child");
        try (Services services = workspaces.openWorkspace(workspace, passphrase, Progress.NONE)) {
            out.println("OPEN " + services.ledger().store().head().size() + " after "
                    + java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() + " ms");
            out.flush();
            for (long i = 0; ; i++) {
                AppendedEntry entry = services.ledger().append(draft(i));
                out.println("ACK " + entry.seq());
                out.flush();
            }
        }
    }

    static EntryDraft draft(long i) {
        return new EntryDraft("crash-test", Set.of("PRIVACY_OFFICER"), RecipientKind.THIRD_PARTY, "Recipient " + i,
                null, LegalBasis.CONSENT, "consent-" + i, Set.of(1 + i % 7), List.of("contact"), List.of("email"),
                "crash test", "file", "ab".repeat(32), null, null);
    }
}
