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
    /** Merging two records of one person moves consents between them: privacy officers only. */
    PERSON_MERGE,
    PERSON_IMPORT,
    PERSON_EXPORT,
    /** See a person's licenses (product, edition, term, status); the key is masked without LICENSE_KEY_VIEW. */
    LICENSE_VIEW,
    LICENSE_KEY_VIEW,
    CONTACT_LOG,
    /** Make any sales representative a customer's account owner, or none (decision 0028). */
    ACCOUNT_OWNER_ASSIGN,
    /** Take an unowned customer for oneself, or give up one's own (decision 0028). */
    ACCOUNT_OWNER_TAKE,
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
    /** Read the ledger entries about the customers one owns, and their accountings (decision 0028). */
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
