-- Every signature writes into every index of its table, so an index only
-- some signatures need is kept only for those (issue 14: one more index cost
-- the signing path about a fifth). Keep in step with ../../sqlite/.

-- Only invalidated signatures carry an invalidation; the lookups by it
-- (`invalidation_id = ?`) imply NOT NULL, so both backends use this index.
DROP INDEX signatures_by_invalidation;
CREATE INDEX signatures_by_invalidation ON signatures (invalidation_id)
    WHERE invalidation_id IS NOT NULL;

-- Only signers who came by a `?src=` link carry a source; the dashboard
-- counts the rest as the remainder of the per-point totals
-- (`signatures::counts::by_source`).
DROP INDEX signatures_by_source;
CREATE INDEX signatures_by_source ON signatures (petition_id, source, delivery_point_id)
    WHERE source IS NOT NULL;
