package com.custodia.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CredentialRulesTest {

    @Test
    void shortPasswordsAndPasswordsEqualToTheUserNameAreRefused() {
        assertThat(CredentialRules.checkPassword("anna", "short".toCharArray())).get().asString().contains("at least 10");
        assertThat(CredentialRules.checkPassword("annabelle12", "Annabelle12".toCharArray())).isPresent();
        assertThat(CredentialRules.checkPassword("anna", "long enough pass".toCharArray())).isEmpty();
    }

    @Test
    void passphrasesNeedTwelveCharacters() {
        assertThat(CredentialRules.checkPassphrase("eleven char".toCharArray())).isPresent();
        assertThat(CredentialRules.checkPassphrase("twelve chars".toCharArray())).isEmpty();
    }

    @Test
    void userNamesAreSimple() {
        assertThat(CredentialRules.checkUsername("j.doe-2")).isEmpty();
        assertThat(CredentialRules.checkUsername("j doe")).isPresent();
        assertThat(CredentialRules.checkUsername("x")).isPresent();
    }
}
