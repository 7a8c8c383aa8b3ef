-- Consent receipts, policy versions, campaigns and statements (issue 6, decision 0020).

-- The privacy policy as published (P6). The current version is the latest whose effective date
-- has come; its text is kept whole with its SHA-256 so a receipt can name exactly what was agreed.
CREATE SEQUENCE policy_version_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE policy_version (
    id              BIGINT          NOT NULL PRIMARY KEY,
    label           VARCHAR(100)    NOT NULL,
    last_updated    DATE            NOT NULL,
    effective_from  DATE            NOT NULL,
    policy_url      VARCHAR(500),
    full_text       VARCHAR(200000) NOT NULL,
    text_sha256     VARCHAR(64)     NOT NULL,
    published_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    published_by    VARCHAR(100)    NOT NULL,
    version         BIGINT          NOT NULL,
    CONSTRAINT uq_policy_version_label UNIQUE (label)
);

-- The consent grows into a receipt (Kantara Consent Receipt v1.1 fields).
ALTER TABLE consent ADD COLUMN policy_version_id BIGINT;
ALTER TABLE consent ADD COLUMN purpose_category VARCHAR(100);
ALTER TABLE consent ADD COLUMN consent_type VARCHAR(20) DEFAULT 'EXPLICIT' NOT NULL;
ALTER TABLE consent ADD COLUMN medium VARCHAR(100);
ALTER TABLE consent ADD COLUMN collection_method VARCHAR(200);
ALTER TABLE consent ADD COLUMN collected_by VARCHAR(100);
ALTER TABLE consent ADD COLUMN sensitive BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE consent ADD COLUMN expires_at TIMESTAMP(6) WITH TIME ZONE;
ALTER TABLE consent ADD COLUMN withdrawal_method VARCHAR(200);
ALTER TABLE consent ADD COLUMN withdrawn_by VARCHAR(100);
ALTER TABLE consent ADD COLUMN needs_reconfirmation BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE consent ADD COLUMN statement_id BIGINT;
ALTER TABLE consent ADD COLUMN statement_sha256 VARCHAR(64);
ALTER TABLE consent ADD CONSTRAINT fk_consent_policy_version FOREIGN KEY (policy_version_id) REFERENCES policy_version (id);
CREATE INDEX ix_consent_policy_version ON consent (policy_version_id);

-- Campaigns: satisfaction surveys and testimonial requests, run by the vendor, a partner or a contractor.
CREATE SEQUENCE campaign_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE campaign (
    id              BIGINT        NOT NULL PRIMARY KEY,
    name            VARCHAR(200)  NOT NULL,
    kind            VARCHAR(30)   NOT NULL,
    run_by          VARCHAR(20)   NOT NULL,
    runner_name     VARCHAR(200)  NOT NULL,
    purpose         VARCHAR(500)  NOT NULL,
    created_at      TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created_by      VARCHAR(100)  NOT NULL,
    handed_over_seq BIGINT,
    version         BIGINT        NOT NULL
);
CREATE SEQUENCE campaign_contact_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE campaign_contact (
    id            BIGINT       NOT NULL PRIMARY KEY,
    campaign_id   BIGINT       NOT NULL,
    person_id     BIGINT       NOT NULL,
    picked_at     TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_campaign_contact_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id),
    CONSTRAINT fk_campaign_contact_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_campaign_contact_campaign ON campaign_contact (campaign_id);
CREATE INDEX ix_campaign_contact_person ON campaign_contact (person_id);

-- Statements (testimonials): the exact text and its hash, and every place one was published.
CREATE SEQUENCE statement_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE statement (
    id            BIGINT         NOT NULL PRIMARY KEY,
    person_id     BIGINT         NOT NULL,
    campaign_id   BIGINT,
    body          VARCHAR(20000) NOT NULL,
    text_sha256   VARCHAR(64)    NOT NULL,
    source        VARCHAR(30)    NOT NULL,
    medium        VARCHAR(30)    NOT NULL,
    attribution   VARCHAR(30)    NOT NULL,
    incentive     VARCHAR(500),
    status        VARCHAR(30)    NOT NULL,
    recorded_at   TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    recorded_by   VARCHAR(100)   NOT NULL,
    updated_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    version       BIGINT         NOT NULL,
    CONSTRAINT fk_statement_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_statement_campaign FOREIGN KEY (campaign_id) REFERENCES campaign (id)
);
CREATE INDEX ix_statement_person ON statement (person_id);
ALTER TABLE consent ADD CONSTRAINT fk_consent_statement FOREIGN KEY (statement_id) REFERENCES statement (id);
CREATE INDEX ix_consent_statement ON consent (statement_id);

CREATE SEQUENCE statement_publication_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE statement_publication (
    id            BIGINT        NOT NULL PRIMARY KEY,
    statement_id  BIGINT        NOT NULL,
    consent_id    BIGINT        NOT NULL,
    medium        VARCHAR(30)   NOT NULL,
    place         VARCHAR(500)  NOT NULL,
    text_sha256   VARCHAR(64)   NOT NULL,
    published_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    published_by  VARCHAR(100)  NOT NULL,
    ledger_seq    BIGINT        NOT NULL,
    CONSTRAINT fk_statement_publication_statement FOREIGN KEY (statement_id) REFERENCES statement (id),
    CONSTRAINT fk_statement_publication_consent FOREIGN KEY (consent_id) REFERENCES consent (id)
);
CREATE INDEX ix_statement_publication_statement ON statement_publication (statement_id);
