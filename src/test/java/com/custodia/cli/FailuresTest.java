package com.custodia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.DatabaseException;
import com.custodia.domain.DatabaseException.Reason;
import com.custodia.policy.Permission;
import com.custodia.service.auth.AuthenticationException;
import com.custodia.service.backup.BackupFileException;
import com.custodia.service.disclosure.DisclosureFailedException;
import com.custodia.service.disclosure.DisclosureRefusedException;
import com.custodia.service.security.AccessDeniedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Which exit code each kind of failure ends with (DESIGN.md section 7, decision 0003). */
class FailuresTest {

    @ParameterizedTest
    @EnumSource(value = Reason.class, names = {"WRONG_PASSPHRASE", "NOT_A_WORKSPACE", "WORKSPACE_EXISTS", "IN_USE",
            "CONNECTION_FAILED"})
    void databaseProblemsTheCallerCanFixAreInputErrors(Reason reason) {
        assertThat(Failures.exitCodeOf(new DatabaseException(reason, "x"))).isEqualTo(ExitCodes.USAGE);
    }

    @ParameterizedTest
    @EnumSource(value = Reason.class, names = {"MIGRATION_FAILED", "SCHEMA_MISMATCH", "FAILED"})
    void databaseProblemsTheCallerCannotFixAreInternalErrors(Reason reason) {
        assertThat(Failures.exitCodeOf(new DatabaseException(reason, "x"))).isEqualTo(ExitCodes.INTERNAL_ERROR);
    }

    @Test
    void refusalsByRoleAndRefusedSignInsAreFour() {
        assertThat(Failures.exitCodeOf(new AccessDeniedException(Permission.DEMO_DATA_GENERATE, "no")))
                .isEqualTo(ExitCodes.REFUSED);
        assertThat(Failures.exitCodeOf(new AuthenticationException("no", false))).isEqualTo(ExitCodes.REFUSED);
    }

    @Test
    void aDisclosureRefusedByTheRulesIsFourAndOneThatFailedIsOne() {
        assertThat(Failures.exitCodeOf(new DisclosureRefusedException("No active consent"))).isEqualTo(ExitCodes.REFUSED);
        assertThat(Failures.exitCodeOf(new DisclosureFailedException("not recorded", new IllegalStateException())))
                .isEqualTo(ExitCodes.INTERNAL_ERROR);
    }

    @Test
    void aBackupFileThatWasChangedIsAnIntegrityFailure() {
        assertThat(Failures.exitCodeOf(new BackupFileException("changed"))).isEqualTo(ExitCodes.INTEGRITY);
    }

    @Test
    void rejectedInputIsTwoAndAnythingElseIsOne() {
        assertThat(Failures.exitCodeOf(new IllegalArgumentException("bad"))).isEqualTo(ExitCodes.USAGE);
        assertThat(Failures.exitCodeOf(new CommandFailure(ExitCodes.USAGE, "bad"))).isEqualTo(ExitCodes.USAGE);
        assertThat(Failures.exitCodeOf(new NullPointerException())).isEqualTo(ExitCodes.INTERNAL_ERROR);
        assertThat(Failures.exitCodeOf(new IllegalStateException("odd"))).isEqualTo(ExitCodes.INTERNAL_ERROR);
    }

    @Test
    void theCodesAreThoseOfTheDesign() {
        assertThat(new int[] {ExitCodes.OK, ExitCodes.INTERNAL_ERROR, ExitCodes.USAGE, ExitCodes.INTEGRITY,
                ExitCodes.REFUSED}).containsExactly(0, 1, 2, 3, 4);
    }
}
