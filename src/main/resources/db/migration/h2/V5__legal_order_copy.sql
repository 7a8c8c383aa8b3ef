-- H2: the copy of each legal order, as received (at most 20 MB, checked by the service).
CREATE TABLE legal_order_copy (
    order_id  BIGINT NOT NULL PRIMARY KEY,
    content   BLOB   NOT NULL,
    CONSTRAINT fk_legal_order_copy FOREIGN KEY (order_id) REFERENCES legal_order (id)
);

-- Orders are never deleted, and what an order demands (its scope and its copy) never changes
-- after intake: an approval covers exactly what the approver read.
CREATE TRIGGER legal_order_never_deleted BEFORE DELETE ON legal_order
    FOR EACH ROW CALL "com.custodia.persistence.AppendOnlyTrigger";
CREATE TRIGGER legal_order_person_fixed BEFORE UPDATE, DELETE ON legal_order_person
    FOR EACH ROW CALL "com.custodia.persistence.AppendOnlyTrigger";
CREATE TRIGGER legal_order_category_fixed BEFORE UPDATE, DELETE ON legal_order_category
    FOR EACH ROW CALL "com.custodia.persistence.AppendOnlyTrigger";
CREATE TRIGGER legal_order_copy_fixed BEFORE UPDATE, DELETE ON legal_order_copy
    FOR EACH ROW CALL "com.custodia.persistence.AppendOnlyTrigger";
