-- A half-finished login (password right, a factor to come) is a row of its own: the browser's
-- session keeps only a random token, whose hash is the key here. Its time limit and its wrong
-- codes are counted here, atomically, whichever server the requests reach; a change of the
-- account's sign-in factors deletes the account's rows.
CREATE TABLE pending_logins (
    id_hash TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    started_at BIGINT NOT NULL,
    failures BIGINT NOT NULL DEFAULT 0,
    -- the account's language, for the interface once the login is complete
    language TEXT
);
CREATE INDEX pending_logins_user_id ON pending_logins (user_id);
CREATE INDEX pending_logins_started_at ON pending_logins (started_at);

-- Superseded by the table above (pending logins lived in the session's data).
DROP INDEX sessions_pending_user_id;
ALTER TABLE sessions DROP COLUMN pending_user_id;
