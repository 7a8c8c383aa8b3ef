package com.custodia.cli;

import com.custodia.casefile.TrustStore;
import com.custodia.service.settings.AppDirs;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code custodia case}: sealed case files for offline review; on its own it only says which commands exist. */
@Command(name = "case", mixinStandardHelpOptions = true,
        header = "Export, verify and review sealed case files (.custodia).",
        subcommands = {CaseExportCommand.class, CaseVerifyCommand.class, CaseReviewCommand.class,
            CaseImportReviewCommand.class, CasePinCommand.class, CaseUnpinCommand.class, CaseKeysCommand.class})
final class CaseCommand implements Callable<Integer> {

    @ParentCommand
    CustodiaCommand global;

    @Spec
    CommandSpec spec;

    @Option(names = "--trust-store", paramLabel = "FILE", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "The reviewer's pinned keys (default: trusted-keys.json in your Custodia config folder).")
    Path trustStore;

    TrustStore trust() {
        if (trustStore != null) {
            return new TrustStore(trustStore);
        }
        String home = global.context().environment().get("CUSTODIA_HOME");
        Path config = home != null && !home.isBlank() ? Path.of(home).toAbsolutePath().resolve("config")
                : AppDirs.detect().config();
        return new TrustStore(config.resolve(TrustStore.FILE_NAME));
    }

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing command: choose one of "
                + String.join(", ", spec.subcommands().keySet()) + ".");
    }
}
