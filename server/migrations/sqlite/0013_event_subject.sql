-- The other account an entry is about, by its address: in an administrator's own log, the
-- account they acted on from the administrator page.
ALTER TABLE security_events ADD COLUMN subject TEXT;
