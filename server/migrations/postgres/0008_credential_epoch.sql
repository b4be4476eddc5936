-- Every change of an account's sign-in factors (password, two-factor on or off, new backup
-- codes, signing out everywhere, an administrator's reset) raises its credential epoch, in the
-- transaction of the change. A signed-in session or a pending login carries the epoch it was
-- made under and counts only while that is still the account's.
ALTER TABLE users ADD COLUMN credential_epoch BIGINT NOT NULL DEFAULT 0;
-- NULL in sessions from before (read as 0, the epoch every account starts with).
ALTER TABLE sessions ADD COLUMN credential_epoch BIGINT;
ALTER TABLE pending_logins ADD COLUMN credential_epoch BIGINT NOT NULL DEFAULT 0;
