package com.custodia.service.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The words for how often a series recurred, and the file names an accounting may take. */
class AccountingSeriesTest {

    static String frequency(Duration interval) {
        return new Accounting.Series(2, Instant.EPOCH, interval, List.of(), List.of(), 1).frequency();
    }

    @Test
    void frequencyIsSaidInTheLargestFittingUnit() {
        assertThat(frequency(Duration.ofMinutes(5))).isEqualTo("about once an hour");
        assertThat(frequency(Duration.ofHours(6))).isEqualTo("about every 6 hours");
        assertThat(frequency(Duration.ofHours(30))).isEqualTo("about every 30 hours");
        assertThat(frequency(Duration.ofDays(2))).isEqualTo("about every 2 days");
        assertThat(frequency(Duration.ofDays(7))).isEqualTo("about once a week");
        assertThat(frequency(Duration.ofDays(6))).isEqualTo("about every 6 days");
        assertThat(frequency(Duration.ofDays(13))).isEqualTo("about every 2 weeks");
        assertThat(frequency(Duration.ofDays(21))).isEqualTo("about every 3 weeks");
        assertThat(frequency(Duration.ofDays(30))).isEqualTo("about every 4 weeks");
        assertThat(frequency(Duration.ofDays(91))).isEqualTo("about every 3 months");
        assertThat(frequency(Duration.ZERO)).isEqualTo("about once an hour");
    }

    @Test
    void theFormatFollowsTheFileExtension() {
        assertThat(AccountingFormat.forFile("a.PDF")).isEqualTo(AccountingFormat.PDF);
        assertThat(AccountingFormat.forFile("out/accounting.json")).isEqualTo(AccountingFormat.JSON);
        assertThatThrownBy(() -> AccountingFormat.forFile("accounting.csv"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".pdf or .json");
    }
}
