-- PostgreSQL: ledger rows, their person lists, checkpoints and registered keys can be added,
-- never changed: triggers refuse UPDATE, DELETE and TRUNCATE, and no role gets those privileges
-- through PUBLIC. Run Custodia as a role that does not own these tables (see README).
CREATE FUNCTION custodia_refuse_change() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'the % table is append-only: % refused', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER ledger_entry_append_only BEFORE UPDATE OR DELETE ON ledger_entry
    FOR EACH ROW EXECUTE FUNCTION custodia_refuse_change();
CREATE TRIGGER ledger_entry_no_truncate BEFORE TRUNCATE ON ledger_entry
    FOR EACH STATEMENT EXECUTE FUNCTION custodia_refuse_change();
CREATE TRIGGER ledger_entry_person_append_only BEFORE UPDATE OR DELETE ON ledger_entry_person
    FOR EACH ROW EXECUTE FUNCTION custodia_refuse_change();
CREATE TRIGGER ledger_entry_person_no_truncate BEFORE TRUNCATE ON ledger_entry_person
    FOR EACH STATEMENT EXECUTE FUNCTION custodia_refuse_change();
CREATE TRIGGER ledger_checkpoint_append_only BEFORE UPDATE OR DELETE ON ledger_checkpoint
    FOR EACH ROW EXECUTE FUNCTION custodia_refuse_change();
CREATE TRIGGER ledger_checkpoint_no_truncate BEFORE TRUNCATE ON ledger_checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION custodia_refuse_change();
CREATE TRIGGER signing_key_append_only BEFORE UPDATE OR DELETE ON signing_key
    FOR EACH ROW EXECUTE FUNCTION custodia_refuse_change();
CREATE TRIGGER signing_key_no_truncate BEFORE TRUNCATE ON signing_key
    FOR EACH STATEMENT EXECUTE FUNCTION custodia_refuse_change();

REVOKE UPDATE, DELETE, TRUNCATE ON ledger_entry, ledger_entry_person, ledger_checkpoint, signing_key FROM PUBLIC;
