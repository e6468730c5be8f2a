ALTER TABLE delivery_points DROP COLUMN translations;
ALTER TABLE petitions DROP COLUMN embed_origins;
