-- Privileges of the role Custodia's workstations connect as, on a schema created by another
-- (owner) role with `custodia init`. The application role may read and write the working tables
-- and append to the ledger, but never change or remove a ledger row: UPDATE, DELETE and TRUNCATE
-- on the ledger tables are not granted (and the triggers refuse them besides).
-- Replace :schema and :app_role, or run with psql -v schema=... -v app_role=...
GRANT USAGE ON SCHEMA :schema TO :app_role;
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA :schema TO :app_role;
REVOKE UPDATE, DELETE, TRUNCATE ON :schema.ledger_record, :schema.ledger_text, :schema.ledger_entry_person, :schema.ledger_checkpoint, :schema.signing_key FROM :app_role;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA :schema TO :app_role;
-- Grants are never deleted, and their history, scope and fields never change (decision 0019).
REVOKE UPDATE, DELETE, TRUNCATE ON :schema.license_share_grant_event, :schema.license_share_grant_field, :schema.license_share_grant_person, :schema.license_share_grant_product FROM :app_role;
REVOKE DELETE, TRUNCATE ON :schema.license_share_grant FROM :app_role;
