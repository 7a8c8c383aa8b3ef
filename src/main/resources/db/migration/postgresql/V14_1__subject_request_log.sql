-- PostgreSQL: requests are the request log and are never deleted (kept at least 24 months,
-- decision 0024, so there is no deletion path at all yet); the clock's events never change.
-- custodia_refuse_change() is V3's.
CREATE TRIGGER subject_request_never_deleted BEFORE DELETE ON subject_request
    FOR EACH ROW EXECUTE FUNCTION custodia_refuse_change();
CREATE TRIGGER subject_request_no_truncate BEFORE TRUNCATE ON subject_request
    FOR EACH STATEMENT EXECUTE FUNCTION custodia_refuse_change();
CREATE TRIGGER subject_request_clock_append_only BEFORE UPDATE OR DELETE ON subject_request_clock
    FOR EACH ROW EXECUTE FUNCTION custodia_refuse_change();
CREATE TRIGGER subject_request_clock_no_truncate BEFORE TRUNCATE ON subject_request_clock
    FOR EACH STATEMENT EXECUTE FUNCTION custodia_refuse_change();

REVOKE DELETE, TRUNCATE ON subject_request, subject_request_clock FROM PUBLIC;
