-- H2: ledger rows, their person lists, checkpoints and registered keys can be added, never changed.
CREATE TRIGGER ledger_entry_append_only BEFORE UPDATE, DELETE ON ledger_entry
    FOR EACH ROW CALL "com.custodia.persistence.AppendOnlyTrigger";
CREATE TRIGGER ledger_entry_person_append_only BEFORE UPDATE, DELETE ON ledger_entry_person
    FOR EACH ROW CALL "com.custodia.persistence.AppendOnlyTrigger";
CREATE TRIGGER ledger_checkpoint_append_only BEFORE UPDATE, DELETE ON ledger_checkpoint
    FOR EACH ROW CALL "com.custodia.persistence.AppendOnlyTrigger";
CREATE TRIGGER signing_key_append_only BEFORE UPDATE, DELETE ON signing_key
    FOR EACH ROW CALL "com.custodia.persistence.AppendOnlyTrigger";
