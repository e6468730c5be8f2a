DROP TABLE signature_counts;
DROP TABLE outbox;
DROP TABLE signature_tokens;
DROP TABLE signatures;
DROP TABLE delivery_points;
DROP TABLE petitions;
DROP TABLE app_secrets;
