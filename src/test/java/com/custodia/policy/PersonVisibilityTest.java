package com.custodia.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PersonVisibilityTest {

    @Test
    void salesRepresentativesSeeContactDataAndSearchLicenseKeysButSeeThemMasked() {
        PersonVisibility sales = PersonVisibility.of(Set.of(Role.SALES_REPRESENTATIVE));

        assertThat(sales).isEqualTo(new PersonVisibility(true, true, false, true));
        assertThat(sales.licenseKey("ABCDE-FGHJK-LMNPQ")).isEqualTo("*****-*****-*MNPQ");
    }

    @Test
    void partnerManagersSeeNamesAndWholeLicenseKeys() {
        PersonVisibility partner = PersonVisibility.of(Set.of(Role.PARTNER_MANAGER));

        assertThat(partner).isEqualTo(new PersonVisibility(true, false, true, true));
        assertThat(partner.licenseKey("ABCDE-FGHJK")).isEqualTo("ABCDE-FGHJK");
    }

    @Test
    void administratorsSeeNamesOnly() {
        assertThat(PersonVisibility.of(Set.of(Role.ADMINISTRATOR))).isEqualTo(new PersonVisibility(true, false, false,
                false));
    }

    @Test
    void privacyOfficersSeeEverything() {
        assertThat(PersonVisibility.of(Set.of(Role.PRIVACY_OFFICER))).isEqualTo(new PersonVisibility(true, true, true,
                true));
    }

    @Test
    void rolesAddUp() {
        assertThat(PersonVisibility.of(List.of(Role.ADMINISTRATOR, Role.SALES_REPRESENTATIVE)).contactData()).isTrue();
        assertThat(PersonVisibility.of(Set.of(Role.OFFLINE_REVIEWER)).names()).isFalse();
    }

    @Test
    void maskingKeepsTheShapeAndTheLastFourLettersOrDigits() {
        assertThat(PersonVisibility.maskLicenseKey("K7QXM-2B9PL-44RTY-ZZ8NB")).isEqualTo("*****-*****-*****-*Z8NB");
        assertThat(PersonVisibility.maskLicenseKey("AB CD 12")).isEqualTo("** CD 12");
        assertThat(PersonVisibility.maskLicenseKey("ABCD")).as("too short to show any of it").isEqualTo("****");
        assertThat(PersonVisibility.maskLicenseKey(null)).isNull();
    }
}
