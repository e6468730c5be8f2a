ALTER TABLE signatures DROP COLUMN reminder_done;
