DROP INDEX signatures_packet_order;
CREATE INDEX signatures_by_delivery_point ON signatures (delivery_point_id, verified_at);
