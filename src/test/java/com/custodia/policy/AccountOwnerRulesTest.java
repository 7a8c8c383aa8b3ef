package com.custodia.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.PersonKind;
import com.custodia.domain.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who may make whom a customer's account owner (decision 0028), as pure rules. */
class AccountOwnerRulesTest {

    static final long SAM = 11;
    static final long SUE = 12;
    static final Set<Role> SALES = Set.of(Role.SALES_REPRESENTATIVE);

    @Test
    void administratorsAndPrivacyOfficersMayGiveAnyCustomerToAnyoneOrNobody() {
        for (Role role : Set.of(Role.ADMINISTRATOR, Role.PRIVACY_OFFICER)) {
            assertThat(AccountOwnerRules.refusal(Set.of(role), 1, SAM, SUE)).isEmpty();
            assertThat(AccountOwnerRules.refusal(Set.of(role), 1, SAM, null)).isEmpty();
            assertThat(AccountOwnerRules.mayChange(Set.of(role), 1, SAM)).isTrue();
        }
    }

    @Test
    void aSalesRepresentativeTakesTheUnownedAndGivesUpTheirOwnOnly() {
        assertThat(AccountOwnerRules.refusal(SALES, SAM, null, SAM)).isEmpty();
        assertThat(AccountOwnerRules.refusal(SALES, SAM, SAM, null)).isEmpty();
        assertThat(AccountOwnerRules.refusal(SALES, SAM, SUE, SAM)).get().asString().contains("another sales");
        assertThat(AccountOwnerRules.refusal(SALES, SAM, SUE, null)).isPresent();
        assertThat(AccountOwnerRules.refusal(SALES, SAM, null, SUE)).get().asString().contains("someone else");
        assertThat(AccountOwnerRules.refusal(SALES, SAM, SAM, SUE)).isPresent();
        assertThat(AccountOwnerRules.mayChange(SALES, SAM, null)).isTrue();
        assertThat(AccountOwnerRules.mayChange(SALES, SAM, SAM)).isTrue();
        assertThat(AccountOwnerRules.mayChange(SALES, SAM, SUE)).isFalse();
    }

    @Test
    void otherRolesChangeNothing() {
        for (Role role : Set.of(Role.PARTNER_MANAGER, Role.OFFLINE_REVIEWER)) {
            assertThat(AccountOwnerRules.refusal(Set.of(role), 1, null, null)).isPresent();
            assertThat(AccountOwnerRules.mayChange(Set.of(role), 1, null)).isFalse();
        }
    }

    @Test
    void onlyCustomersAndTrialUsersHaveOwnersAndOnlyActiveSalesRepresentativesOwn() {
        assertThat(AccountOwnerRules.invalid(PersonKind.CUSTOMER, SAM, true)).isEmpty();
        assertThat(AccountOwnerRules.invalid(PersonKind.TRIAL_USER, SAM, true)).isEmpty();
        assertThat(AccountOwnerRules.invalid(PersonKind.JOB_APPLICANT, SAM, true)).isPresent();
        assertThat(AccountOwnerRules.invalid(PersonKind.FORUM_MEMBER, null, false)).isEmpty();
        assertThat(AccountOwnerRules.invalid(PersonKind.CUSTOMER, SAM, false)).isPresent();
        assertThat(AccountOwnerRules.mayOwn(SALES, true)).isTrue();
        assertThat(AccountOwnerRules.mayOwn(SALES, false)).isFalse();
        assertThat(AccountOwnerRules.mayOwn(Set.of(Role.PRIVACY_OFFICER), true)).isFalse();
    }
}
