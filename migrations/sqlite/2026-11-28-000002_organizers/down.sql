DROP TABLE audit_log;
DROP TABLE login_failures;
DROP TABLE organizer_invites;
DROP TABLE organizer_sessions;
DROP TABLE organizer_delivery_points;
DROP TABLE organizer_petitions;
DROP TABLE organizers;
