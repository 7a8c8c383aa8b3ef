-- Ledger entries stored compactly (decision 0011). Texts that repeat from entry to entry (roles,
-- recipient, address, categories, fields, purpose) are kept once in ledger_text and named by
-- number; hashes are kept as 32 bytes instead of 64 hexadecimal characters. An entry's content,
-- and so its leaf hash, does not change: the view ledger_entry shows the same columns as before.
-- No foreign keys from ledger_record to ledger_text: H2 would add an index per column, and the
-- verifier reports a row whose text number names nothing as modified.
CREATE ALIAS custodia_unhex FOR "com.custodia.persistence.MigrationFunctions.unhex";

CREATE TABLE ledger_text (
    id           BIGINT        NOT NULL PRIMARY KEY,
    text_sha256  BINARY(32)    NOT NULL,
    text         VARCHAR(4000) NOT NULL,
    CONSTRAINT uq_ledger_text_sha256 UNIQUE (text_sha256)
);
INSERT INTO ledger_text (id, text_sha256, text)
SELECT ROW_NUMBER() OVER (ORDER BY t), HASH('SHA-256', t), t FROM (
    SELECT operator_roles AS t FROM ledger_entry
    UNION SELECT recipient_name FROM ledger_entry
    UNION SELECT recipient_address FROM ledger_entry WHERE recipient_address IS NOT NULL
    UNION SELECT categories FROM ledger_entry
    UNION SELECT fields FROM ledger_entry
    UNION SELECT purpose FROM ledger_entry) texts;

-- hash columns may be null: a row someone edited to hold something else than a hash is carried
-- over as it is, and verification reports it
CREATE TABLE ledger_record (
    seq                     BIGINT        NOT NULL PRIMARY KEY,
    occurred_at             TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    operator_name           VARCHAR(64)   NOT NULL,
    operator_roles_text     BIGINT        NOT NULL,
    recipient_kind          VARCHAR(20)   NOT NULL,
    recipient_name_text     BIGINT        NOT NULL,
    recipient_address_text  BIGINT,
    basis                   VARCHAR(30)   NOT NULL,
    reference               VARCHAR(200),
    person_count            BIGINT        NOT NULL,
    persons_digest          BINARY(32),
    categories_text         BIGINT        NOT NULL,
    fields_text             BIGINT        NOT NULL,
    purpose_text            BIGINT        NOT NULL,
    channel                 VARCHAR(100)  NOT NULL,
    payload_sha256          BINARY(32),
    series_id               VARCHAR(100),
    non_notification_until  TIMESTAMP(6) WITH TIME ZONE,
    leaf_hash               BINARY(32),
    chain_hash              BINARY(32)
);
INSERT INTO ledger_record
SELECT e.seq, e.occurred_at, e.operator_name,
       (SELECT id FROM ledger_text WHERE text_sha256 = HASH('SHA-256', e.operator_roles)),
       e.recipient_kind,
       (SELECT id FROM ledger_text WHERE text_sha256 = HASH('SHA-256', e.recipient_name)),
       (SELECT id FROM ledger_text WHERE text_sha256 = HASH('SHA-256', e.recipient_address)),
       e.basis, e.reference, e.person_count, custodia_unhex(e.persons_digest),
       (SELECT id FROM ledger_text WHERE text_sha256 = HASH('SHA-256', e.categories)),
       (SELECT id FROM ledger_text WHERE text_sha256 = HASH('SHA-256', e.fields)),
       (SELECT id FROM ledger_text WHERE text_sha256 = HASH('SHA-256', e.purpose)),
       e.channel, custodia_unhex(e.payload_sha256), e.series_id, e.non_notification_until,
       custodia_unhex(e.leaf_hash), custodia_unhex(e.chain_hash)
FROM ledger_entry e;

DROP TRIGGER IF EXISTS ledger_entry_append_only;
DROP TABLE ledger_entry;
DROP ALIAS custodia_unhex;
CREATE INDEX ix_ledger_record_time ON ledger_record (occurred_at);

CREATE TRIGGER ledger_record_append_only BEFORE UPDATE, DELETE ON ledger_record
    FOR EACH ROW CALL "com.custodia.persistence.AppendOnlyTrigger";
CREATE TRIGGER ledger_text_append_only BEFORE UPDATE, DELETE ON ledger_text
    FOR EACH ROW CALL "com.custodia.persistence.AppendOnlyTrigger";

-- The entries as people and reports read them. LEFT JOINs keep a row whose text number names
-- nothing visible, with that text empty.
CREATE VIEW ledger_entry AS
SELECT r.seq, r.occurred_at, r.operator_name, roles.text AS operator_roles, r.recipient_kind,
       recipient.text AS recipient_name, address.text AS recipient_address, r.basis, r.reference,
       r.person_count, RAWTOHEX(r.persons_digest) AS persons_digest, categories.text AS categories,
       fields.text AS fields, purpose.text AS purpose, r.channel,
       RAWTOHEX(r.payload_sha256) AS payload_sha256, r.series_id, r.non_notification_until,
       RAWTOHEX(r.leaf_hash) AS leaf_hash, RAWTOHEX(r.chain_hash) AS chain_hash
FROM ledger_record r
LEFT JOIN ledger_text roles ON roles.id = r.operator_roles_text
LEFT JOIN ledger_text recipient ON recipient.id = r.recipient_name_text
LEFT JOIN ledger_text address ON address.id = r.recipient_address_text
LEFT JOIN ledger_text categories ON categories.id = r.categories_text
LEFT JOIN ledger_text fields ON fields.id = r.fields_text
LEFT JOIN ledger_text purpose ON purpose.id = r.purpose_text;
