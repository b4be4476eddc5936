-- A half-finished login (password right, second factor to come) names its account, so that a
-- change of the account's sign-in factors ends it as it ends the account's signed-in sessions.
ALTER TABLE sessions ADD COLUMN pending_user_id BIGINT REFERENCES users (id) ON DELETE CASCADE;
CREATE INDEX sessions_pending_user_id ON sessions (pending_user_id);
