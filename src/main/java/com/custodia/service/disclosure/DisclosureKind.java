package com.custodia.service.disclosure;

import com.custodia.policy.Permission;

/** The ways personal data leaves Custodia; each needs its own permission. */
public enum DisclosureKind {
    PERSON_EXPORT(Permission.PERSON_EXPORT, true),
    PARTNER_LOOKUP(Permission.LICENSE_LOOKUP, false),
    SHARE_PACKAGE(Permission.SHARE_PACKAGE_EXPORT, true),
    ACCESS_REPORT(Permission.REQUEST_MANAGE, true),
    ACCOUNTING(Permission.LEDGER_READ_ALL, true),
    CONSENT_RECEIPT(Permission.CONSENT_MANAGE, true),
    PUBLICATION(Permission.STATEMENT_PUBLISH, false),
    CAMPAIGN_CONTACTS(Permission.CONSENT_MANAGE, true),
    LEGAL_HANDOVER(Permission.LEGAL_ORDER_MANAGE, true),
    CASE_FILE(Permission.CASE_EXPORT, true);

    private final Permission permission;
    private final boolean export;

    DisclosureKind(Permission permission, boolean export) {
        this.permission = permission;
        this.export = export;
    }

    public Permission permission() {
        return permission;
    }

    /** Exports produce a file; every export is followed by a signed checkpoint. */
    public boolean isExport() {
        return export;
    }
}
