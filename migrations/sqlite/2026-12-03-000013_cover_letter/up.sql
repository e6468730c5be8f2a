-- The cover letter's contact lines (src/packets/letter.rs). Keep in step with the other backend.

-- How officials reach the organizers (an address, phone or website), printed
-- on every packet's cover letter; and, per delivery point, the local group
-- that hands it over.
ALTER TABLE petitions ADD COLUMN contact TEXT NOT NULL DEFAULT '';
ALTER TABLE delivery_points ADD COLUMN local_group TEXT NOT NULL DEFAULT '';
