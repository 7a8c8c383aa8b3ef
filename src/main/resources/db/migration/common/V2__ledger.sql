-- The disclosure ledger (DESIGN.md section 5), its checkpoints and the keys that sign them,
-- and the records the disclosure rules consult: consents and legal orders.

CREATE TABLE ledger_head (
    id          INTEGER     NOT NULL PRIMARY KEY,
    size        BIGINT      NOT NULL,
    chain_hash  VARCHAR(64) NOT NULL,
    updated_at  TIMESTAMP(6) WITH TIME ZONE
);
INSERT INTO ledger_head (id, size, chain_hash) VALUES
    (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE ledger_entry (
    seq                     BIGINT        NOT NULL PRIMARY KEY,
    occurred_at             TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    operator_name           VARCHAR(64)   NOT NULL,
    operator_roles          VARCHAR(200)  NOT NULL,
    recipient_kind          VARCHAR(20)   NOT NULL,
    recipient_name          VARCHAR(300)  NOT NULL,
    recipient_address       VARCHAR(500),
    basis                   VARCHAR(30)   NOT NULL,
    reference               VARCHAR(200),
    person_count            BIGINT        NOT NULL,
    persons_digest          VARCHAR(64)   NOT NULL,
    categories              VARCHAR(2000) NOT NULL,
    fields                  VARCHAR(4000) NOT NULL,
    purpose                 VARCHAR(2000) NOT NULL,
    channel                 VARCHAR(100)  NOT NULL,
    payload_sha256          VARCHAR(64)   NOT NULL,
    series_id               VARCHAR(100),
    non_notification_until  TIMESTAMP(6) WITH TIME ZONE,
    leaf_hash               VARCHAR(64)   NOT NULL,
    chain_hash              VARCHAR(64)   NOT NULL
);
CREATE INDEX ix_ledger_entry_time ON ledger_entry (occurred_at);

CREATE TABLE ledger_entry_person (
    seq        BIGINT NOT NULL,
    person_id  BIGINT NOT NULL,
    CONSTRAINT pk_ledger_entry_person PRIMARY KEY (seq, person_id)
);
CREATE INDEX ix_ledger_entry_person_person ON ledger_entry_person (person_id, seq);

CREATE SEQUENCE ledger_checkpoint_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE ledger_checkpoint (
    id               BIGINT       NOT NULL PRIMARY KEY,
    tree_size        BIGINT       NOT NULL,
    root_hash        VARCHAR(64)  NOT NULL,
    signed_at        TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    key_fingerprint  VARCHAR(64)  NOT NULL,
    signature        VARCHAR(200) NOT NULL
);
CREATE INDEX ix_ledger_checkpoint_size ON ledger_checkpoint (tree_size);

CREATE TABLE signing_key (
    fingerprint    VARCHAR(64)  NOT NULL PRIMARY KEY,
    public_key     VARCHAR(200) NOT NULL,
    workstation    VARCHAR(200) NOT NULL,
    registered_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

CREATE SEQUENCE consent_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE consent (
    id             BIGINT        NOT NULL PRIMARY KEY,
    person_id      BIGINT        NOT NULL,
    purpose        VARCHAR(500)  NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    given_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    withdrawn_at   TIMESTAMP(6) WITH TIME ZONE,
    evidence       VARCHAR(2000),
    evidence_sha256 VARCHAR(64),
    version        BIGINT        NOT NULL,
    CONSTRAINT fk_consent_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_consent_person ON consent (person_id);
CREATE TABLE consent_recipient (
    consent_id  BIGINT       NOT NULL,
    recipient   VARCHAR(300) NOT NULL,
    CONSTRAINT pk_consent_recipient PRIMARY KEY (consent_id, recipient),
    CONSTRAINT fk_consent_recipient FOREIGN KEY (consent_id) REFERENCES consent (id)
);
CREATE TABLE consent_category (
    consent_id  BIGINT      NOT NULL,
    category    VARCHAR(60) NOT NULL,
    CONSTRAINT pk_consent_category PRIMARY KEY (consent_id, category),
    CONSTRAINT fk_consent_category FOREIGN KEY (consent_id) REFERENCES consent (id)
);
