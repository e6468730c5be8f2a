-- Translated delivery point names and cities, and the sites that may frame a
-- petition's counter (src/petitions/mod.rs). Keep in step with the other backend.

-- JSON: {"ko": {"name": "…", "city": "…"}}; an empty part shows the point's own.
ALTER TABLE delivery_points ADD COLUMN translations TEXT NOT NULL DEFAULT '{}';
-- Origins, one per line (https://campaign.example), allowed to put
-- /p/{slug}/embed in an iframe; empty: none.
ALTER TABLE petitions ADD COLUMN embed_origins TEXT NOT NULL DEFAULT '';
