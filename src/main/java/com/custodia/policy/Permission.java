package com.custodia.policy;

/**
 * Every protected operation of Custodia. Services name one of these before they act;
 * {@link Permissions} says which roles hold it.
 */
public enum Permission {
    // People
    PERSON_VIEW,
    PERSON_VIEW_NAMES,
    PERSON_EDIT,
    PERSON_IMPORT,
    PERSON_EXPORT,
    /** See a person's licenses (product, edition, term, status); the key is masked without LICENSE_KEY_VIEW. */
    LICENSE_VIEW,
    LICENSE_KEY_VIEW,
    CONTACT_LOG,
    // Partners
    PARTNER_MANAGE,
    GRANT_MANAGE,
    LICENSE_LOOKUP,
    SHARE_PACKAGE_EXPORT,
    // Consent, testimonials, requests, legal orders
    CONSENT_MANAGE,
    STATEMENT_RECORD,
    STATEMENT_PUBLISH,
    REQUEST_INTAKE,
    REQUEST_MANAGE,
    CORRECTION_APPROVE,
    LEGAL_ORDER_MANAGE,
    LEGAL_ORDER_APPROVE,
    POLICY_VERSION_MANAGE,
    // Ledger and cases
    LEDGER_READ_ALL,
    LEDGER_READ_OWN,
    LEDGER_VERIFY,
    CASE_EXPORT,
    CASE_REVIEW,
    // Administration
    OPERATOR_MANAGE,
    SECURITY_EVENTS_VIEW,
    SETTINGS_MANAGE,
    BACKUP,
    DEMO_DATA_GENERATE
}
