-- H2: the grant history and a grant's scope and fields never change once written (decision 0019);
-- grants themselves are never deleted (renewal and revocation update them, and are recorded).
CREATE TRIGGER grant_event_append_only BEFORE UPDATE, DELETE ON license_share_grant_event
    FOR EACH ROW CALL "com.custodia.persistence.AppendOnlyTrigger";
CREATE TRIGGER grant_never_deleted BEFORE DELETE ON license_share_grant
    FOR EACH ROW CALL "com.custodia.persistence.AppendOnlyTrigger";
CREATE TRIGGER grant_field_fixed BEFORE UPDATE, DELETE ON license_share_grant_field
    FOR EACH ROW CALL "com.custodia.persistence.AppendOnlyTrigger";
CREATE TRIGGER grant_person_fixed BEFORE UPDATE, DELETE ON license_share_grant_person
    FOR EACH ROW CALL "com.custodia.persistence.AppendOnlyTrigger";
CREATE TRIGGER grant_product_fixed BEFORE UPDATE, DELETE ON license_share_grant_product
    FOR EACH ROW CALL "com.custodia.persistence.AppendOnlyTrigger";
