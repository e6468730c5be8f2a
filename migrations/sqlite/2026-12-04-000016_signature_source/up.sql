-- Where a signer came from (src/domain/source.rs). Keep in step with the other backend.

-- The `?src=` code of the link they followed, if any: counted per source
-- on the organizer dashboard (signed, and confirmed). Not personal data.
ALTER TABLE signatures ADD COLUMN source TEXT NULL;
CREATE INDEX signatures_by_source ON signatures (petition_id, source, delivery_point_id);
