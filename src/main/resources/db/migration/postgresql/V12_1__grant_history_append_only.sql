-- PostgreSQL: the grant history and a grant's scope and fields never change once written
-- (decision 0019); grants themselves are never deleted. custodia_refuse_change() is V3's.
CREATE TRIGGER grant_event_append_only BEFORE UPDATE OR DELETE ON license_share_grant_event
    FOR EACH ROW EXECUTE FUNCTION custodia_refuse_change();
CREATE TRIGGER grant_event_no_truncate BEFORE TRUNCATE ON license_share_grant_event
    FOR EACH STATEMENT EXECUTE FUNCTION custodia_refuse_change();
CREATE TRIGGER grant_never_deleted BEFORE DELETE ON license_share_grant
    FOR EACH ROW EXECUTE FUNCTION custodia_refuse_change();
CREATE TRIGGER grant_no_truncate BEFORE TRUNCATE ON license_share_grant
    FOR EACH STATEMENT EXECUTE FUNCTION custodia_refuse_change();
CREATE TRIGGER grant_field_fixed BEFORE UPDATE OR DELETE ON license_share_grant_field
    FOR EACH ROW EXECUTE FUNCTION custodia_refuse_change();
CREATE TRIGGER grant_person_fixed BEFORE UPDATE OR DELETE ON license_share_grant_person
    FOR EACH ROW EXECUTE FUNCTION custodia_refuse_change();
CREATE TRIGGER grant_product_fixed BEFORE UPDATE OR DELETE ON license_share_grant_product
    FOR EACH ROW EXECUTE FUNCTION custodia_refuse_change();

REVOKE DELETE, TRUNCATE ON license_share_grant, license_share_grant_event, license_share_grant_field,
    license_share_grant_person, license_share_grant_product FROM PUBLIC;
