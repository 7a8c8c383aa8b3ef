package com.custodia.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.service.auth.PasswordHasher;
import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    @Test
    void standardCostIsAtLeastSixHundredThousandIterationsWithA128BitSalt() {
        PasswordHasher hasher = PasswordHasher.standard();
        String hash = hasher.hash("a password".toCharArray());
        String[] parts = hash.split("\\$");
        assertThat(parts[0]).isEqualTo("pbkdf2-sha256");
        assertThat(Integer.parseInt(parts[1])).isGreaterThanOrEqualTo(600_000);
        assertThat(java.util.Base64.getDecoder().decode(parts[2])).hasSize(16);
        assertThat(hasher.verify("a password".toCharArray(), hash)).isTrue();
        assertThat(hasher.verify("a passworD".toCharArray(), hash)).isFalse();
    }

    @Test
    void samePasswordGetsDifferentSalts() {
        PasswordHasher hasher = PasswordHasher.forTestsOnly(1_000);
        assertThat(hasher.hash("same".toCharArray())).isNotEqualTo(hasher.hash("same".toCharArray()));
    }

    @Test
    void weakerStoredHashesAreUpgraded() {
        String weak = PasswordHasher.forTestsOnly(1_000).hash("pw".toCharArray());
        assertThat(PasswordHasher.forTestsOnly(2_000).needsRehash(weak)).isTrue();
        assertThat(PasswordHasher.forTestsOnly(1_000).needsRehash(weak)).isFalse();
    }
}
