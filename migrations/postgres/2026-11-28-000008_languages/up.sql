-- Languages: a petition's default language and its texts in other languages
-- (a JSON object {"fr": {"title", "body", "recipient"}, …}, read and written
-- only whole, with the petition row), and the language each mail goes out in
-- (the one its signer or organizer used when it was queued).
ALTER TABLE petitions ADD COLUMN lang TEXT NOT NULL DEFAULT 'en';
ALTER TABLE petitions ADD COLUMN translations TEXT NOT NULL DEFAULT '{}';
ALTER TABLE outbox ADD COLUMN lang TEXT NOT NULL DEFAULT 'en';
