DROP INDEX signatures_by_invalidation;
ALTER TABLE signatures DROP COLUMN ip_hash;
ALTER TABLE signatures DROP COLUMN invalidation_id;
DROP TABLE invalidations;
