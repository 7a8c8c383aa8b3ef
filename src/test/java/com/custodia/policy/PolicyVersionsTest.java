package com.custodia.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.policy.PolicyVersions.VersionFact;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyVersionsTest {

    static final VersionFact JAN = new VersionFact(1, "2026-01", LocalDate.parse("2026-01-01"));
    static final VersionFact MAR = new VersionFact(2, "2026-03", LocalDate.parse("2026-03-01"));
    static final VersionFact APR = new VersionFact(3, "2026-04", LocalDate.parse("2026-04-01"));

    @Test
    void theCurrentVersionIsTheLatestAlreadyInEffect() {
        assertThat(PolicyVersions.current(List.of(JAN, MAR, APR), LocalDate.parse("2026-03-15"))).contains(MAR);
        assertThat(PolicyVersions.current(List.of(JAN, MAR, APR), LocalDate.parse("2026-04-01"))).contains(APR);
        assertThat(PolicyVersions.current(List.of(APR), LocalDate.parse("2026-03-15"))).isEmpty();
    }

    @Test
    void grantedConsentsUnderOlderOrUnknownVersionsNeedReconfirmation() {
        assertThat(PolicyVersions.needsReconfirmation(true, JAN, MAR)).isTrue();
        assertThat(PolicyVersions.needsReconfirmation(true, null, MAR)).isTrue();
        assertThat(PolicyVersions.needsReconfirmation(true, MAR, MAR)).isFalse();
        assertThat(PolicyVersions.needsReconfirmation(true, APR, MAR)).isFalse();
        assertThat(PolicyVersions.needsReconfirmation(false, JAN, MAR)).isFalse();
    }
}
