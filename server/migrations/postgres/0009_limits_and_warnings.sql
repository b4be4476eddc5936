-- Attempt limits that outlive their use are pruned: a row may be deleted once this time has
-- passed (the policy of its scope decides; 0 in rows from before, which count as expired only
-- when no wait is in force). A row made again after its deletion starts at a version taken from
-- the clock, so that a version never comes back.
ALTER TABLE attempt_limits ADD COLUMN expires_at BIGINT NOT NULL DEFAULT 0;
CREATE INDEX attempt_limits_expires_at ON attempt_limits (expires_at);

-- Who did it, where an operator acted (the administrator commands name one).
ALTER TABLE security_events ADD COLUMN actor TEXT;

-- Where a half-finished login came from: when it ends without its second factor, the security
-- log says so with the address and browser.
ALTER TABLE pending_logins ADD COLUMN ip TEXT;
ALTER TABLE pending_logins ADD COLUMN user_agent TEXT;
