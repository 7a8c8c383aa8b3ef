-- H2: search-as-you-type and the People table read persons in name order straight from an index,
-- and check the other words of a query and the kind and country filters without reading rows
-- (each row read is a page to decrypt; at a million persons that decides the speed).
-- V6's key indexes are (key, id). Here the last-name, first-name and company indexes each carry
-- last name, first name and company, ordered the way results are shown, and the last-name index
-- (the People table's default order) also kind and country, for its filters:
--   last name   (last, first, id), then company, kind, country only to be at hand
--   first name  (first, last, id), then company
--   company     (company, last, first, id)
-- Same number of indexes as before, so bulk imports pay only for the wider entries.
-- See docs/decisions/0015.
DROP INDEX ix_person_last_name_key;
CREATE INDEX ix_person_last_name_key ON person (last_name_key, first_name_key, id, company_key, kind, country);
DROP INDEX ix_person_first_name_key;
CREATE INDEX ix_person_first_name_key ON person (first_name_key, last_name_key, id, company_key);
DROP INDEX ix_person_company_key;
CREATE INDEX ix_person_company_key ON person (company_key, last_name_key, first_name_key, id);
