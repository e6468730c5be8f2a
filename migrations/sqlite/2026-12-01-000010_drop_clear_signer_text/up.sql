-- What signers typed now lives only sealed (see the previous migration).
ALTER TABLE signatures DROP COLUMN name;
ALTER TABLE signatures DROP COLUMN city;
ALTER TABLE signatures DROP COLUMN comment;
