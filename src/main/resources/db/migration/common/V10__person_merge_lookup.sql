-- Where a merged record went: editing and look-ups by an old id ask person_merge by merged_id,
-- which V6 did not index (it indexes survivor_id only).
CREATE INDEX ix_person_merge_merged ON person_merge (merged_id);
