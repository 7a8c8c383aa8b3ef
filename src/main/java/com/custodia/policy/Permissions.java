package com.custodia.policy;

import static com.custodia.policy.Permission.*;

import com.custodia.domain.Role;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The permission matrix of DESIGN.md section 2, as one table. Services ask it through
 * {@code AccessGuard}; the navigation asks it to decide which screens to show.
 */
public final class Permissions {

    private static final Map<Role, Set<Permission>> MATRIX = new EnumMap<>(Role.class);

    static {
        MATRIX.put(Role.SALES_REPRESENTATIVE, EnumSet.of(
                PERSON_VIEW, PERSON_VIEW_NAMES, PERSON_EDIT, LICENSE_VIEW, CONTACT_LOG, ACCOUNT_OWNER_TAKE,
                REQUEST_INTAKE, STATEMENT_RECORD, LEDGER_READ_OWN));
        MATRIX.put(Role.PARTNER_MANAGER, EnumSet.of(
                PERSON_VIEW_NAMES, LICENSE_VIEW, LICENSE_KEY_VIEW, PARTNER_MANAGE, GRANT_MANAGE,
                LICENSE_LOOKUP, SHARE_PACKAGE_EXPORT));
        MATRIX.put(Role.PRIVACY_OFFICER, EnumSet.of(
                PERSON_VIEW, PERSON_VIEW_NAMES, PERSON_EDIT, PERSON_MERGE, PERSON_IMPORT, PERSON_EXPORT, LICENSE_VIEW,
                LICENSE_KEY_VIEW, ACCOUNT_OWNER_ASSIGN,
                CONTACT_LOG, CONSENT_MANAGE, STATEMENT_RECORD, STATEMENT_PUBLISH,
                REQUEST_INTAKE, REQUEST_MANAGE, CORRECTION_APPROVE,
                LEGAL_ORDER_MANAGE, LEGAL_ORDER_APPROVE, POLICY_VERSION_MANAGE,
                LEDGER_READ_ALL, LEDGER_READ_OWN, LEDGER_VERIFY, CASE_EXPORT));
        MATRIX.put(Role.ADMINISTRATOR, EnumSet.of(
                PERSON_VIEW_NAMES, PERSON_IMPORT, ACCOUNT_OWNER_ASSIGN, OPERATOR_MANAGE, SECURITY_EVENTS_VIEW,
                SETTINGS_MANAGE, BACKUP, DEMO_DATA_GENERATE, LEDGER_VERIFY));
        MATRIX.put(Role.OFFLINE_REVIEWER, EnumSet.of(CASE_REVIEW));
        for (Role role : Role.values()) {
            MATRIX.put(role, Collections.unmodifiableSet(MATRIX.get(role)));
        }
    }

    private Permissions() {
    }

    /** What one role may do. */
    public static Set<Permission> of(Role role) {
        return MATRIX.get(role);
    }

    /** Whether any of the roles holds the permission. */
    public static boolean allows(Collection<Role> roles, Permission permission) {
        for (Role role : roles) {
            if (MATRIX.get(role).contains(permission)) {
                return true;
            }
        }
        return false;
    }

    /** The union of what the roles may do. */
    public static Set<Permission> granted(Collection<Role> roles) {
        Set<Permission> all = EnumSet.noneOf(Permission.class);
        roles.forEach(role -> all.addAll(MATRIX.get(role)));
        return Collections.unmodifiableSet(all);
    }
}
