DROP TABLE used_form_tokens;
DROP INDEX outbox_by_signature;
ALTER TABLE outbox DROP COLUMN address;
ALTER TABLE signatures DROP COLUMN key_id;
ALTER TABLE signatures DROP COLUMN printed;
ALTER TABLE signatures DROP COLUMN contact;
ALTER TABLE signatures DROP COLUMN domain_hash;
ALTER TABLE signatures RENAME COLUMN email_hash TO email;
