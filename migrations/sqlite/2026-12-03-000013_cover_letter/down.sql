ALTER TABLE delivery_points DROP COLUMN local_group;
ALTER TABLE petitions DROP COLUMN contact;
