-- The packet reads one delivery point's verified signatures in (verified_at,
-- id) order, a page at a time after the last row seen: this index serves both
-- the filter and the order, so each page is a short range scan, not a sort.
DROP INDEX signatures_by_delivery_point;
CREATE INDEX signatures_packet_order ON signatures (delivery_point_id, state, verified_at, id);
