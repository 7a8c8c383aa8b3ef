package com.custodia.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class MergeRulesTest {

    static final Instant JAN = Instant.parse("2024-01-10T10:00:00Z");
    static final Instant MAR = Instant.parse("2024-03-10T10:00:00Z");

    @Test
    void theLaterPreferenceSurvivesAndTheSurvivorsWinsATie() {
        assertThat(MergeRules.keepMergedPreference(JAN, MAR)).isTrue();
        assertThat(MergeRules.keepMergedPreference(MAR, JAN)).isFalse();
        assertThat(MergeRules.keepMergedPreference(MAR, MAR)).isFalse();
    }

    @Test
    void aMergeProposesTheMergedValueOnlyWhereTheSurvivorHasNone() {
        assertThat(MergeRules.proposeMergedValue(null, "+49 30 1234")).isTrue();
        assertThat(MergeRules.proposeMergedValue("+49 30 9999", "+49 30 1234")).isFalse();
        assertThat(MergeRules.proposeMergedValue(null, null)).isFalse();
    }
}
