package com.custodia.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PersonKeysTest {

    @Test
    void settersKeepTheSearchKeysInStep() {
        Person p = new Person(PersonKind.CUSTOMER, "Ada", "Lovelace", Instant.EPOCH);
        p.set(PersonField.LAST_NAME, "Müller");
        p.set(PersonField.EMAIL, "ADA@Example.com");
        p.set(PersonField.KIND, "TRIAL_USER");
        assertThat(p.value(PersonField.LAST_NAME)).isEqualTo("Müller");
        assertThat(p.value(PersonField.KIND)).isEqualTo("TRIAL_USER");
        assertThat(p.getKind()).isEqualTo(PersonKind.TRIAL_USER);
        assertThatThrownBy(() -> p.setLastName(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.setStatus(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aKeyThatNormalisingLengthenedIsCutToItsColumnWithoutSplittingACharacter() {
        // U+FDFA fits one unit of the column but decomposes into 18 letters
        String name = "\uFDFA".repeat(200);
        assertThat(SearchKeys.text(name).length()).isGreaterThan(200);
        assertThat(Person.fit(SearchKeys.text(name), 200)).hasSize(200);
        assertThat(Person.fit("a" + "\uD83D\uDE00".repeat(150), 200)).hasSize(199).endsWith("\uD83D\uDE00");
        assertThat(Person.fit("short", 200)).isEqualTo("short");
        assertThat(Person.fit(null, 200)).isNull();
    }
}
