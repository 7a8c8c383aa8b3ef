package com.custodia.cli;

import com.custodia.casefile.CaseFileException;
import com.custodia.domain.DatabaseException;
import com.custodia.service.auth.AuthenticationException;
import com.custodia.service.backup.BackupFileException;
import com.custodia.service.disclosure.DisclosureFailedException;
import com.custodia.service.disclosure.DisclosureRefusedException;
import com.custodia.service.security.AccessDeniedException;
import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns what went wrong into one readable line on standard error and an exit code. Services
 * already phrase their refusals for operators ("Wrong passphrase."), so those messages are
 * printed as they are; only failures nobody anticipated get a generic line, and a stack trace
 * only with {@code --verbose}.
 */
final class Failures implements IExecutionExceptionHandler, IParameterExceptionHandler {

    /** Reasons that mean the caller pointed at the wrong thing or gave the wrong secret. */
    private static final Set<DatabaseException.Reason> INPUT_REASONS = EnumSet.of(
            DatabaseException.Reason.WRONG_PASSPHRASE, DatabaseException.Reason.NOT_A_WORKSPACE,
            DatabaseException.Reason.NOT_INITIALISED,
            DatabaseException.Reason.WORKSPACE_EXISTS, DatabaseException.Reason.IN_USE,
            DatabaseException.Reason.CONNECTION_FAILED);

    /** Options of the top command that picocli cannot inherit (they are in argument groups). */
    private static final Set<String> TOP_ONLY_OPTIONS = Set.of("--workspace", "--db-url", "--db-user");

    private final CustodiaCommand global;

    Failures(CustodiaCommand global) {
        this.global = global;
    }

    /** The exit code for an exception thrown while a command ran. */
    static int exitCodeOf(Throwable e) {
        if (e instanceof CommandFailure failure) {
            return failure.exitCode();
        }
        if (e instanceof AccessDeniedException || e instanceof AuthenticationException
                || e instanceof DisclosureRefusedException) {
            return ExitCodes.REFUSED;
        }
        if (e instanceof CaseFileException caseFile) {
            return caseFile.problem() == CaseFileException.Problem.HOSTILE
                    || caseFile.problem() == CaseFileException.Problem.BROKEN ? ExitCodes.INTEGRITY : ExitCodes.USAGE;
        }
        if (e instanceof BackupFileException) {
            return ExitCodes.INTEGRITY;
        }
        if (e instanceof IllegalArgumentException) {
            return ExitCodes.USAGE;
        }
        if (e instanceof DatabaseException db && INPUT_REASONS.contains(db.reason())) {
            return ExitCodes.USAGE;
        }
        return ExitCodes.INTERNAL_ERROR;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        int code = exitCodeOf(e);
        // a failed disclosure is still 1 (nothing the caller can fix), but its message says whether
        // the ledger entry stands, which the operator must read as is
        boolean anticipated = code != ExitCodes.INTERNAL_ERROR || e instanceof DatabaseException
                || e instanceof DisclosureFailedException;
        if (anticipated && e.getMessage() != null && !e.getMessage().isBlank()) {
            err.println(e.getMessage());
        } else {
            err.println("Unexpected error: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + firstLine(e.getMessage()))
                    + (global.verbose ? "" : " (run again with --verbose for details)"));
        }
        if (global.verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println(e.getMessage());
        if (e instanceof UnmatchedArgumentException unmatched) {
            if (commandLine.getParent() != null && unmatched.getUnmatched().stream().anyMatch(this::isTopOnly)) {
                err.println("--workspace, --db-url and --db-user go before the command: custodia --workspace DIR "
                        + commandLine.getCommandName() + " …");
            }
            UnmatchedArgumentException.printSuggestions(unmatched, err);
        }
        err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCodes.USAGE;
    }

    private boolean isTopOnly(String argument) {
        int eq = argument.indexOf('=');
        return TOP_ONLY_OPTIONS.contains(eq < 0 ? argument : argument.substring(0, eq));
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
