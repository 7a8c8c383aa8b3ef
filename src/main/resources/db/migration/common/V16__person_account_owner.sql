-- A customer's account owner: the operator (a sales representative) who looks after them
-- (decision 0028). Sales representatives read the disclosure ledger only about the persons they
-- own, so every ledger read of theirs asks "which persons does this operator own": the index
-- answers it, and the same index serves the foreign key. Imported and most demo rows have no owner;
-- their index entries all go to the end of the null range, like appends.
ALTER TABLE person ADD COLUMN account_owner_id BIGINT;
CREATE INDEX ix_person_account_owner ON person (account_owner_id, id);
ALTER TABLE person ADD CONSTRAINT fk_person_account_owner FOREIGN KEY (account_owner_id) REFERENCES operator (id);
