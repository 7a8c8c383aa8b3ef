package com.custodia.reliability;

import com.custodia.domain.Progress;
import com.custodia.domain.Role;
import com.custodia.service.Services;
import com.custodia.service.people.importing.ImportOptions;
import com.custodia.service.people.importing.ImportResult;
import com.custodia.support.TestWorkspaces;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The child process of {@link ImportCrashTest}: opens the workspace named by its first argument
 * (the passphrase in {@code CUSTODIA_PASSPHRASE}) and imports the CSV named by its second,
 * printing {@code ACK <fraction>} after each committed batch and {@code DONE} at the end.
 */
public final class PersonImporter {

    private PersonImporter() {
    }

    public static void main(String[] args) {
        Path workspace = Path.of(args[0]);
        Path file = Path.of(args[1]);
        char[] passphrase = System.getenv("CUSTODIA_PASSPHRASE").toCharArray();
        PrintStream out = System.out;
        try (Services services = TestWorkspaces.workspaceService(Clock.systemUTC())
                .openWorkspace(workspace, passphrase, Progress.NONE)) {
            out.println("OPEN");
            out.flush();
            Progress progress = (fraction, message) -> {
                if (message.contains("rows read")) {
                    out.println("ACK " + fraction + " " + message);
                    out.flush();
                }
            };
            ImportResult result = services.personImport().importCsv(
                    TestWorkspaces.principal(1, "crash-importer", Role.ADMINISTRATOR), file, ImportOptions.defaults(),
                    progress);
            out.println("DONE " + result);
            out.flush();
        }
    }
}
