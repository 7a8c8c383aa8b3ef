-- H2: search-as-you-type and the People table read persons in name order straight from an index,
-- and check the other words of a query and the kind and country filters without reading rows
-- (each row read is a page to decrypt; at a million persons that decides the speed).
-- V6's key indexes are (key, id); here the last-name, first-name and company indexes each carry
-- last name, first name, company, kind and country, ordered the way results are shown:
--   last name   (last, first, id), then the rest only to be at hand
--   first name  (first, last, id), likewise
--   company     (company, last, first, id), likewise
-- Same number of indexes as before, so bulk imports pay only for the wider entries.
-- See docs/decisions/0015.
DROP INDEX ix_person_last_name_key;
CREATE INDEX ix_person_last_name_key ON person (last_name_key, first_name_key, id, company_key, kind, country);
DROP INDEX ix_person_first_name_key;
CREATE INDEX ix_person_first_name_key ON person (first_name_key, last_name_key, id, company_key, kind, country);
DROP INDEX ix_person_company_key;
CREATE INDEX ix_person_company_key ON person (company_key, last_name_key, first_name_key, id, kind, country);
