-- Ledger entries stored compactly (decision 0011). Texts that repeat from entry to entry (roles,
-- recipient, address, categories, fields, purpose) are kept once in ledger_text and named by
-- number; hashes are kept as 32 bytes instead of 64 hexadecimal characters. An entry's content,
-- and so its leaf hash, does not change: the view ledger_entry shows the same columns as before.
-- No foreign keys from ledger_record to ledger_text, as on H2; the verifier reports a row whose
-- text number names nothing as modified.
CREATE TABLE ledger_text (
    id           BIGINT        NOT NULL PRIMARY KEY,
    text_sha256  BYTEA         NOT NULL,
    text         VARCHAR(4000) NOT NULL,
    CONSTRAINT uq_ledger_text_sha256 UNIQUE (text_sha256)
);
INSERT INTO ledger_text (id, text_sha256, text)
SELECT ROW_NUMBER() OVER (ORDER BY t), sha256(convert_to(t, 'UTF8')), t FROM (
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
    persons_digest          BYTEA,
    categories_text         BIGINT        NOT NULL,
    fields_text             BIGINT        NOT NULL,
    purpose_text            BIGINT        NOT NULL,
    channel                 VARCHAR(100)  NOT NULL,
    payload_sha256          BYTEA,
    series_id               VARCHAR(100),
    non_notification_until  TIMESTAMP(6) WITH TIME ZONE,
    leaf_hash               BYTEA,
    chain_hash              BYTEA
);
INSERT INTO ledger_record
SELECT e.seq, e.occurred_at, e.operator_name,
       (SELECT id FROM ledger_text WHERE text_sha256 = sha256(convert_to(e.operator_roles, 'UTF8'))),
       e.recipient_kind,
       (SELECT id FROM ledger_text WHERE text_sha256 = sha256(convert_to(e.recipient_name, 'UTF8'))),
       (SELECT id FROM ledger_text WHERE text_sha256 = sha256(convert_to(e.recipient_address, 'UTF8'))),
       e.basis, e.reference, e.person_count,
       CASE WHEN e.persons_digest ~ '^[0-9a-f]{64}$' THEN decode(e.persons_digest, 'hex') END,
       (SELECT id FROM ledger_text WHERE text_sha256 = sha256(convert_to(e.categories, 'UTF8'))),
       (SELECT id FROM ledger_text WHERE text_sha256 = sha256(convert_to(e.fields, 'UTF8'))),
       (SELECT id FROM ledger_text WHERE text_sha256 = sha256(convert_to(e.purpose, 'UTF8'))),
       e.channel,
       CASE WHEN e.payload_sha256 ~ '^[0-9a-f]{64}$' THEN decode(e.payload_sha256, 'hex') END,
       e.series_id, e.non_notification_until,
       CASE WHEN e.leaf_hash ~ '^[0-9a-f]{64}$' THEN decode(e.leaf_hash, 'hex') END,
       CASE WHEN e.chain_hash ~ '^[0-9a-f]{64}$' THEN decode(e.chain_hash, 'hex') END
FROM ledger_entry e;

-- Whoever was allowed to read and append entries may read and append the new tables and read
-- the view, and nothing more on them (see db/roles/postgresql-application-role.sql).
CREATE TEMPORARY TABLE custodia_ledger_readers AS
SELECT DISTINCT grantee FROM information_schema.role_table_grants
WHERE table_schema = current_schema() AND table_name = 'ledger_entry'
  AND privilege_type IN ('SELECT', 'INSERT') AND grantee <> current_user AND grantee <> 'PUBLIC';

DROP TABLE ledger_entry;
CREATE INDEX ix_ledger_record_time ON ledger_record (occurred_at);

CREATE TRIGGER ledger_record_append_only BEFORE UPDATE OR DELETE ON ledger_record
    FOR EACH ROW EXECUTE FUNCTION custodia_refuse_change();
CREATE TRIGGER ledger_record_no_truncate BEFORE TRUNCATE ON ledger_record
    FOR EACH STATEMENT EXECUTE FUNCTION custodia_refuse_change();
CREATE TRIGGER ledger_text_append_only BEFORE UPDATE OR DELETE ON ledger_text
    FOR EACH ROW EXECUTE FUNCTION custodia_refuse_change();
CREATE TRIGGER ledger_text_no_truncate BEFORE TRUNCATE ON ledger_text
    FOR EACH STATEMENT EXECUTE FUNCTION custodia_refuse_change();
REVOKE UPDATE, DELETE, TRUNCATE ON ledger_record, ledger_text FROM PUBLIC;

-- The entries as people and reports read them. LEFT JOINs keep a row whose text number names
-- nothing visible, with that text empty.
CREATE VIEW ledger_entry AS
SELECT r.seq, r.occurred_at, r.operator_name, roles.text AS operator_roles, r.recipient_kind,
       recipient.text AS recipient_name, address.text AS recipient_address, r.basis, r.reference,
       r.person_count, encode(r.persons_digest, 'hex') AS persons_digest, categories.text AS categories,
       fields.text AS fields, purpose.text AS purpose, r.channel,
       encode(r.payload_sha256, 'hex') AS payload_sha256, r.series_id, r.non_notification_until,
       encode(r.leaf_hash, 'hex') AS leaf_hash, encode(r.chain_hash, 'hex') AS chain_hash
FROM ledger_record r
LEFT JOIN ledger_text roles ON roles.id = r.operator_roles_text
LEFT JOIN ledger_text recipient ON recipient.id = r.recipient_name_text
LEFT JOIN ledger_text address ON address.id = r.recipient_address_text
LEFT JOIN ledger_text categories ON categories.id = r.categories_text
LEFT JOIN ledger_text fields ON fields.id = r.fields_text
LEFT JOIN ledger_text purpose ON purpose.id = r.purpose_text;

DO $$
DECLARE
    reader TEXT;
BEGIN
    FOR reader IN SELECT grantee FROM custodia_ledger_readers LOOP
        EXECUTE format('GRANT SELECT, INSERT ON ledger_record, ledger_text TO %I', reader);
        EXECUTE format('GRANT SELECT ON ledger_entry TO %I', reader);
    END LOOP;
END $$;
DROP TABLE custodia_ledger_readers;
