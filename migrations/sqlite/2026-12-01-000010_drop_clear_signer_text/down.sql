-- The clear text cannot come back: the columns return empty.
ALTER TABLE signatures ADD COLUMN name TEXT NOT NULL DEFAULT '';
ALTER TABLE signatures ADD COLUMN city TEXT NOT NULL DEFAULT '';
ALTER TABLE signatures ADD COLUMN comment TEXT NOT NULL DEFAULT '';
