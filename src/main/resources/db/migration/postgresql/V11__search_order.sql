-- PostgreSQL: search-as-you-type compares the search keys as ranges ("key >= 'mul' AND key < 'mum'"),
-- which is a prefix test only under code-point order. Under a linguistic collation (en_US and the
-- like ignore punctuation and case at first level) the range would include and miss the wrong
-- rows, and the planner would not use the index for it. So the key columns compare in the "C"
-- collation, as H2 compares strings; their indexes are rebuilt by the type change.
ALTER TABLE person ALTER COLUMN first_name_key TYPE VARCHAR(200) COLLATE "C";
ALTER TABLE person ALTER COLUMN last_name_key  TYPE VARCHAR(200) COLLATE "C";
ALTER TABLE person ALTER COLUMN company_key    TYPE VARCHAR(300) COLLATE "C";
ALTER TABLE person ALTER COLUMN email_key      TYPE VARCHAR(320) COLLATE "C";
ALTER TABLE person ALTER COLUMN phone_key      TYPE VARCHAR(50)  COLLATE "C";
ALTER TABLE license ALTER COLUMN license_key_norm TYPE VARCHAR(64) COLLATE "C";

-- Name order straight from an index, with the other words of a query and the kind and country
-- filters checked in it, as on H2 (see the H2 V11 and docs/decisions/0015).
DROP INDEX ix_person_last_name_key;
CREATE INDEX ix_person_last_name_key ON person (last_name_key, first_name_key, id)
    INCLUDE (company_key, kind, country);
DROP INDEX ix_person_first_name_key;
CREATE INDEX ix_person_first_name_key ON person (first_name_key, last_name_key, id)
    INCLUDE (company_key, kind, country);
DROP INDEX ix_person_company_key;
CREATE INDEX ix_person_company_key ON person (company_key, last_name_key, first_name_key, id)
    INCLUDE (kind, country);
