package com.custodia.cli;

import com.custodia.casefile.CaseFileReader;
import com.custodia.casefile.Manifest;
import com.custodia.casefile.OpenedCase;
import com.custodia.casefile.ProvenLedgerEntry;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code custodia case verify FILE}: opens a case file with no workspace, no database and no
 * sign-in, and says whether it is sealed (by whom, when, which key, pinned or not) or broken (why).
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        header = "Check a case file offline: its structure, signature, every hash and every ledger proof.",
        description = {
            "Needs no workspace, database or sign-in. Prints SEALED with who sealed it, when and with which key, "
                    + "then each ledger entry of the case with its proof; a key you have not pinned is named with a "
                    + "WARNING. A hostile or tampered file prints only BROKEN and the reason (exit 3).",
            "An encrypted payload is opened with CUSTODIA_CASE_PASSPHRASE or a passphrase asked at the terminal; "
                    + "without either the seal and proofs are still checked. A wrong passphrase exits 2."})
final class CaseVerifyCommand implements Callable<Integer> {

    @ParentCommand
    CaseCommand parent;

    @Parameters(index = "0", paramLabel = "FILE", description = "The case file.")
    Path file;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = parent.global.context().out();
        char[] passphrase = null;
        try {
            if (CaseFiles.encrypted(file)) {
                passphrase = parent.global.secrets().casePassphrase();
            }
            try (OpenedCase opened = new CaseFileReader(parent.trust()).open(file, passphrase)) {
                Manifest m = opened.manifest();
                out.println("SEALED " + m.caseKind() + " " + m.caseId());
                out.println(opened.seal().summary());
                out.println("Checkpoint: " + m.ledger().checkpoint().treeSize() + " entries, signed "
                        + m.ledger().checkpoint().time());
                for (ProvenLedgerEntry e : opened.ledgerEntries()) {
                    out.println("Ledger entry " + e.seq() + ": proven in the signed ledger (" + e.fields().get("time")
                            + ", " + e.fields().get("recipientName") + ", " + e.fields().get("basis") + ")");
                }
                for (Manifest.EntryRef ref : m.entries()) {
                    out.println("Entry " + ref.name() + ": " + ref.size() + " bytes, SHA-256 " + ref.sha256() + " OK");
                }
                out.println(opened.encrypted() ? (opened.payloadOpen() ? "Payload decrypted." 
                        : "Payload encrypted: not opened (no passphrase given).") : "Payload in the clear.");
                out.flush();
                return ExitCodes.OK;
            }
        } catch (com.custodia.casefile.CaseFileException e) {
            if (e.problem() == com.custodia.casefile.CaseFileException.Problem.HOSTILE
                    || e.problem() == com.custodia.casefile.CaseFileException.Problem.BROKEN) {
                out.println("BROKEN: " + e.getMessage());
                out.flush();
            }
            throw e;
        } finally {
            Secrets.wipe(passphrase);
        }
    }
}
