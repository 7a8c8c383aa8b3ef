-- H2: requests are the request log and are never deleted (kept at least 24 months, decision
-- 0024, so there is no deletion path at all yet); the clock's events never change.
CREATE TRIGGER subject_request_never_deleted BEFORE DELETE ON subject_request
    FOR EACH ROW CALL "com.custodia.persistence.AppendOnlyTrigger";
CREATE TRIGGER subject_request_clock_append_only BEFORE UPDATE, DELETE ON subject_request_clock
    FOR EACH ROW CALL "com.custodia.persistence.AppendOnlyTrigger";
