DROP INDEX signatures_by_source;
CREATE INDEX signatures_by_source ON signatures (petition_id, source, delivery_point_id);
DROP INDEX signatures_by_invalidation;
CREATE INDEX signatures_by_invalidation ON signatures (invalidation_id);
