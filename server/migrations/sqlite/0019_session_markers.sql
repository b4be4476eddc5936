-- A signed-in session that is deleted (signed out, or given a new id) stays for an hour as a
-- marker: `ended_at` set, no data, its user kept. A request that gives a session a new id
-- saves the new row only by consuming the old id's marker, so that a sign-out that ran
-- meanwhile (which deletes markers too) is never undone. Markers never load.
ALTER TABLE sessions ADD COLUMN ended_at INTEGER;
