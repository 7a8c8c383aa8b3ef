-- Partners and license-sharing grants (DESIGN.md P2, decision 0019).
-- A partner may receive license information only while registered, under the current version of
-- the partner agreement, and only as a grant allows. Grants are never deleted; what happens to
-- them (granted, renewed, revoked) is kept in license_share_grant_event, which is append-only.

CREATE SEQUENCE partner_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE license_share_grant_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE license_share_grant_event_seq START WITH 1 INCREMENT BY 1;

-- The versions of the partner agreement; the highest is the current one. A partner manager adds a
-- new version when the agreement changes, and every partner who signed an older one must sign again.
CREATE TABLE partner_agreement_version (
    version         INTEGER       NOT NULL PRIMARY KEY,
    label           VARCHAR(200)  NOT NULL,
    effective_from  DATE          NOT NULL,
    set_by          VARCHAR(64)   NOT NULL,
    set_at          TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_agreement_version_positive CHECK (version > 0)
);
INSERT INTO partner_agreement_version (version, label, effective_from, set_by, set_at)
    VALUES (1, 'Partner agreement, first version', DATE '2020-01-01', 'system', CURRENT_TIMESTAMP);

CREATE TABLE partner (
    id                    BIGINT        NOT NULL PRIMARY KEY,
    name                  VARCHAR(300)  NOT NULL,
    name_key              VARCHAR(300)  NOT NULL,
    agreement_reference   VARCHAR(200)  NOT NULL,
    agreement_version     INTEGER       NOT NULL,
    registration_status   VARCHAR(20)   NOT NULL,
    registered_from       DATE          NOT NULL,
    registered_until      DATE          NOT NULL,
    tier                  VARCHAR(20)   NOT NULL,
    created_by            VARCHAR(64)   NOT NULL,
    created_at            TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version               BIGINT        NOT NULL,
    CONSTRAINT uk_partner_name UNIQUE (name_key),
    CONSTRAINT ck_partner_status CHECK (registration_status IN ('REGISTERED', 'SUSPENDED', 'TERMINATED')),
    CONSTRAINT ck_partner_tier CHECK (tier IN ('PLATINUM', 'GOLD', 'SILVER', 'AUTHORIZED')),
    CONSTRAINT ck_partner_dates CHECK (registered_until >= registered_from),
    CONSTRAINT ck_partner_agreement_version CHECK (agreement_version > 0)
);
CREATE INDEX ix_partner_until ON partner (registered_until);

-- The partner's contacts, in the order the partner manager lists them.
CREATE TABLE partner_contact (
    partner_id  BIGINT        NOT NULL,
    position    INTEGER       NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    email       VARCHAR(254),
    phone       VARCHAR(50),
    role        VARCHAR(100),
    CONSTRAINT pk_partner_contact PRIMARY KEY (partner_id, position),
    CONSTRAINT fk_partner_contact FOREIGN KEY (partner_id) REFERENCES partner (id)
);

-- The partner that sold a license, when one did: the scope "customers the partner resold".
ALTER TABLE license ADD COLUMN resold_by_partner_id BIGINT;
ALTER TABLE license ADD CONSTRAINT fk_license_resold_by FOREIGN KEY (resold_by_partner_id) REFERENCES partner (id);
CREATE INDEX ix_license_resold_by ON license (resold_by_partner_id);
CREATE INDEX ix_license_product ON license (product);

CREATE TABLE license_share_grant (
    id              BIGINT        NOT NULL PRIMARY KEY,
    partner_id      BIGINT        NOT NULL,
    scope_kind      VARCHAR(20)   NOT NULL,
    purpose         VARCHAR(20)   NOT NULL,
    valid_from      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    valid_until     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    granted_by      VARCHAR(64)   NOT NULL,
    granted_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    reason          VARCHAR(2000) NOT NULL,
    revoked_at      TIMESTAMP(6) WITH TIME ZONE,
    revoked_by      VARCHAR(64),
    revoke_reason   VARCHAR(2000),
    version         BIGINT        NOT NULL,
    CONSTRAINT fk_grant_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT ck_grant_scope CHECK (scope_kind IN ('CUSTOMERS', 'PRODUCTS', 'RESOLD')),
    CONSTRAINT ck_grant_purpose CHECK (purpose IN ('VERIFICATION', 'VALIDATION', 'UPGRADE')),
    CONSTRAINT ck_grant_term CHECK (valid_until > valid_from),
    CONSTRAINT ck_grant_revoked CHECK ((revoked_at IS NULL AND revoked_by IS NULL AND revoke_reason IS NULL)
        OR (revoked_at IS NOT NULL AND revoked_by IS NOT NULL AND revoke_reason IS NOT NULL))
);
CREATE INDEX ix_grant_partner ON license_share_grant (partner_id);
CREATE INDEX ix_grant_until ON license_share_grant (valid_until);

-- The license fields a grant allows: only these, never contact details, orders or analytics.
CREATE TABLE license_share_grant_field (
    grant_id  BIGINT       NOT NULL,
    field     VARCHAR(30)  NOT NULL,
    CONSTRAINT pk_grant_field PRIMARY KEY (grant_id, field),
    CONSTRAINT fk_grant_field FOREIGN KEY (grant_id) REFERENCES license_share_grant (id),
    CONSTRAINT ck_grant_field CHECK (field IN ('LICENSE_KEY', 'PRODUCT', 'EDITION', 'SEATS', 'STATUS', 'EXPIRY',
        'UPGRADE_ELIGIBILITY'))
);

-- Scope CUSTOMERS: the chosen customers (all their licenses).
CREATE TABLE license_share_grant_person (
    grant_id   BIGINT NOT NULL,
    person_id  BIGINT NOT NULL,
    CONSTRAINT pk_grant_person PRIMARY KEY (grant_id, person_id),
    CONSTRAINT fk_grant_person_grant FOREIGN KEY (grant_id) REFERENCES license_share_grant (id)
);
CREATE INDEX ix_grant_person_person ON license_share_grant_person (person_id);

-- Scope PRODUCTS: every license of the chosen products.
CREATE TABLE license_share_grant_product (
    grant_id  BIGINT        NOT NULL,
    product   VARCHAR(100)  NOT NULL,
    CONSTRAINT pk_grant_product PRIMARY KEY (grant_id, product),
    CONSTRAINT fk_grant_product FOREIGN KEY (grant_id) REFERENCES license_share_grant (id)
);

-- What happened to each grant, by whom, when and why.
CREATE TABLE license_share_grant_event (
    id           BIGINT        NOT NULL PRIMARY KEY,
    grant_id     BIGINT        NOT NULL,
    kind         VARCHAR(20)   NOT NULL,
    operator     VARCHAR(64)   NOT NULL,
    occurred_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    reason       VARCHAR(2000) NOT NULL,
    valid_until  TIMESTAMP(6) WITH TIME ZONE,
    CONSTRAINT fk_grant_event FOREIGN KEY (grant_id) REFERENCES license_share_grant (id),
    CONSTRAINT ck_grant_event_kind CHECK (kind IN ('GRANTED', 'RENEWED', 'REVOKED'))
);
CREATE INDEX ix_grant_event_grant ON license_share_grant_event (grant_id, occurred_at);
