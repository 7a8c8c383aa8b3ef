-- PostgreSQL: the copy of each legal order, as received (at most 20 MB, checked by the service).
CREATE TABLE legal_order_copy (
    order_id  BIGINT NOT NULL PRIMARY KEY,
    content   BYTEA  NOT NULL,
    CONSTRAINT fk_legal_order_copy FOREIGN KEY (order_id) REFERENCES legal_order (id)
);

-- Orders are never deleted, and what an order demands (its scope and its copy) never changes
-- after intake: an approval covers exactly what the approver read. custodia_refuse_change() is V3's.
CREATE TRIGGER legal_order_never_deleted BEFORE DELETE ON legal_order
    FOR EACH ROW EXECUTE FUNCTION custodia_refuse_change();
CREATE TRIGGER legal_order_no_truncate BEFORE TRUNCATE ON legal_order
    FOR EACH STATEMENT EXECUTE FUNCTION custodia_refuse_change();
CREATE TRIGGER legal_order_person_fixed BEFORE UPDATE OR DELETE ON legal_order_person
    FOR EACH ROW EXECUTE FUNCTION custodia_refuse_change();
CREATE TRIGGER legal_order_person_no_truncate BEFORE TRUNCATE ON legal_order_person
    FOR EACH STATEMENT EXECUTE FUNCTION custodia_refuse_change();
CREATE TRIGGER legal_order_category_fixed BEFORE UPDATE OR DELETE ON legal_order_category
    FOR EACH ROW EXECUTE FUNCTION custodia_refuse_change();
CREATE TRIGGER legal_order_category_no_truncate BEFORE TRUNCATE ON legal_order_category
    FOR EACH STATEMENT EXECUTE FUNCTION custodia_refuse_change();
CREATE TRIGGER legal_order_copy_fixed BEFORE UPDATE OR DELETE ON legal_order_copy
    FOR EACH ROW EXECUTE FUNCTION custodia_refuse_change();
CREATE TRIGGER legal_order_copy_no_truncate BEFORE TRUNCATE ON legal_order_copy
    FOR EACH STATEMENT EXECUTE FUNCTION custodia_refuse_change();

REVOKE DELETE, TRUNCATE ON legal_order, legal_order_person, legal_order_category, legal_order_copy FROM PUBLIC;
