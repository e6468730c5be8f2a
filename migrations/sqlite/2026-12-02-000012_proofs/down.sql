DROP INDEX packet_members_by_signature;
ALTER TABLE packet_versions DROP COLUMN leaves;
ALTER TABLE packet_versions DROP COLUMN size;
ALTER TABLE packet_versions DROP COLUMN root;
ALTER TABLE signatures DROP COLUMN salt;
