DROP INDEX signatures_by_source;
ALTER TABLE signatures DROP COLUMN source;
