package com.custodia.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.Role;
import org.junit.jupiter.api.Test;

class MaskingAndInventoryTest {

    @Test
    void aMaskedLicenseKeyKeepsItsShapeAndLastFourCharacters() {
        assertThat(Masking.licenseKey("ABCD-EFGH-IJKL-AB12")).isEqualTo("XXXX-XXXX-XXXX-AB12");
        assertThat(Masking.licenseKey("abc")).isEqualTo("abc");
        assertThat(Masking.licenseKey(null)).isNull();
    }

    @Test
    void licensesAreReadBySalesPartnerManagersAndPrivacyOfficersButNotAdministrators() {
        assertThat(DataCategory.LICENSES.roles()).containsExactlyInAnyOrder(Role.SALES_REPRESENTATIVE,
                Role.PARTNER_MANAGER, Role.PRIVACY_OFFICER);
    }

    @Test
    void categoriesBeyondNamesAreClosedToAdministratorsAndPartnerManagers() {
        for (DataCategory c : DataCategory.values()) {
            if (c != DataCategory.IDENTITY && c != DataCategory.LICENSES && c != DataCategory.PARTNER_GRANTS) {
                assertThat(c.roles()).as(c.title()).doesNotContain(Role.ADMINISTRATOR, Role.PARTNER_MANAGER,
                        Role.OFFLINE_REVIEWER);
            }
        }
        assertThat(DataCategory.IDENTITY.roles()).contains(Role.ADMINISTRATOR, Role.PARTNER_MANAGER);
        // which partners may see a customer's licenses is the partner manager's own work, no one else's
        assertThat(DataCategory.PARTNER_GRANTS.roles()).containsExactly(Role.PARTNER_MANAGER);
    }

    @Test
    void everyCategorySaysWhatItHoldsWhereAndWhy() {
        for (DataCategory c : DataCategory.values()) {
            assertThat(c.title()).isNotBlank();
            assertThat(c.holds()).isNotBlank();
            assertThat(c.purpose()).isNotBlank();
            assertThat(c.tables()).isNotEmpty().allMatch(t -> t.matches("[a-z_]+"));
        }
    }
}
