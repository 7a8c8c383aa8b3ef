package com.custodia.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PermissionsTest {

    @Test
    void salesRepresentativesCannotExportShareOrPublish() {
        Set<Permission> sales = Permissions.of(Role.SALES_REPRESENTATIVE);
        assertThat(sales).contains(Permission.PERSON_VIEW, Permission.PERSON_EDIT, Permission.REQUEST_INTAKE,
                Permission.STATEMENT_RECORD, Permission.LEDGER_READ_OWN, Permission.ACCOUNT_OWNER_TAKE);
        assertThat(sales).doesNotContain(Permission.PERSON_EXPORT, Permission.SHARE_PACKAGE_EXPORT,
                Permission.STATEMENT_PUBLISH, Permission.CORRECTION_APPROVE, Permission.LEGAL_ORDER_APPROVE,
                Permission.LEDGER_READ_ALL, Permission.LICENSE_KEY_VIEW, Permission.ACCOUNT_OWNER_ASSIGN);
    }

    @Test
    void partnerManagersSeeNamesAndLicensesOnly() {
        Set<Permission> partner = Permissions.of(Role.PARTNER_MANAGER);
        assertThat(partner).contains(Permission.PARTNER_MANAGE, Permission.GRANT_MANAGE, Permission.LICENSE_LOOKUP,
                Permission.SHARE_PACKAGE_EXPORT, Permission.PERSON_VIEW_NAMES);
        assertThat(partner).doesNotContain(Permission.PERSON_VIEW, Permission.STATEMENT_PUBLISH,
                Permission.REQUEST_MANAGE);
    }

    @Test
    void privacyOfficersDoEverythingButManageOperators() {
        Set<Permission> officer = Permissions.of(Role.PRIVACY_OFFICER);
        assertThat(officer).contains(Permission.REQUEST_MANAGE, Permission.CONSENT_MANAGE,
                Permission.STATEMENT_PUBLISH, Permission.LEGAL_ORDER_APPROVE, Permission.CORRECTION_APPROVE,
                Permission.LEDGER_READ_ALL, Permission.LEDGER_VERIFY, Permission.CASE_EXPORT,
                Permission.POLICY_VERSION_MANAGE);
        assertThat(officer).doesNotContain(Permission.OPERATOR_MANAGE);
    }

    @Test
    void administratorsManageAccountsButReadNoPersonalDataBeyondNames() {
        Set<Permission> admin = Permissions.of(Role.ADMINISTRATOR);
        assertThat(admin).contains(Permission.OPERATOR_MANAGE, Permission.SECURITY_EVENTS_VIEW, Permission.BACKUP,
                Permission.SETTINGS_MANAGE, Permission.PERSON_VIEW_NAMES);
        assertThat(admin).doesNotContain(Permission.PERSON_VIEW, Permission.PERSON_EXPORT, Permission.LEDGER_READ_ALL,
                Permission.LICENSE_KEY_VIEW);
    }

    @Test
    void offlineReviewersOnlyReviewCases() {
        assertThat(Permissions.of(Role.OFFLINE_REVIEWER)).containsExactly(Permission.CASE_REVIEW);
    }

    @Test
    void severalRolesAddUp() {
        List<Role> both = List.of(Role.ADMINISTRATOR, Role.PRIVACY_OFFICER);
        assertThat(Permissions.allows(both, Permission.OPERATOR_MANAGE)).isTrue();
        assertThat(Permissions.allows(both, Permission.PERSON_VIEW)).isTrue();
        assertThat(Permissions.granted(both)).containsAll(Permissions.of(Role.ADMINISTRATOR));
    }

    @Test
    void everyPermissionBelongsToSomeRole() {
        assertThat(Permissions.granted(List.of(Role.values()))).containsExactlyInAnyOrder(Permission.values());
    }
}
