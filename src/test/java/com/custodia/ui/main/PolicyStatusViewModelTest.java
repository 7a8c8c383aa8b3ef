package com.custodia.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.service.consent.PolicyVersionView;
import com.custodia.ui.common.SyncTaskExecutor;
import com.custodia.ui.support.UiTesting;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The policy version in force, as the status bar shows it. */
class PolicyStatusViewModelTest {

    private Optional<PolicyVersionView> next = Optional.empty();
    private int reads;

    private PolicyStatusViewModel model() {
        return new PolicyStatusViewModel(() -> {
            reads++;
            if (next == null) {
                throw new IllegalStateException("The database connection was lost.");
            }
            return next;
        }, new SyncTaskExecutor(), UiTesting.bundle("main"));
    }

    private static PolicyVersionView version(String label) {
        return new PolicyVersionView(1, label, LocalDate.parse("2026-02-20"), LocalDate.parse("2026-03-01"), null,
                "ab12", Instant.parse("2026-02-20T10:00:00Z"), "olivia", true);
    }

    @Test
    void showsTheVersionInForceWithItsDatesAndHashInTheTooltip() {
        next = Optional.of(version("2026-03"));
        PolicyStatusViewModel model = model();
        model.refresh();
        assertThat(model.textProperty().get()).isEqualTo("Policy 2026-03");
        assertThat(model.detailProperty().get())
                .isEqualTo("Privacy policy 2026-03 in force: last updated 2026-02-20, effective 2026-03-01, SHA-256 ab12");
    }

    @Test
    void aLabelThatSaysPolicyIsNotSaidTwice() {
        next = Optional.of(version("Policy 2026-11-06"));
        PolicyStatusViewModel model = model();
        model.refresh();
        assertThat(model.textProperty().get()).isEqualTo("Policy 2026-11-06");
    }

    @Test
    void saysWhenNoVersionIsInForceAndShowsNothingWhenItCannotRead() {
        PolicyStatusViewModel model = model();
        model.refresh();
        assertThat(model.textProperty().get()).isEqualTo("No policy in force");
        next = null;
        model.refresh();
        assertThat(model.textProperty().get()).isEmpty();
    }

    @Test
    void aClosedStatusReadsNothingMore() {
        PolicyStatusViewModel model = model();
        model.close();
        model.refresh();
        assertThat(reads).isZero();
    }
}
