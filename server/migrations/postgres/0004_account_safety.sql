-- Account safety: attempt limits, the security log, the mail outbox, and what the sessions page
-- shows about each session.

-- One row per thing whose failed attempts are limited (see services/limits.rs): a user's second
-- factor, an account's password (keyed by a hash of the email, known or not), a client address.
CREATE TABLE attempt_limits (
    scope TEXT PRIMARY KEY,
    -- failures since the last success (or since the last lock ended)
    failures BIGINT NOT NULL DEFAULT 0,
    -- failures in the hour that started at window_start
    window_start BIGINT NOT NULL DEFAULT 0,
    window_failures BIGINT NOT NULL DEFAULT 0,
    -- no attempt is checked before this time
    blocked_until BIGINT NOT NULL DEFAULT 0,
    -- bumped by every change: writers compare and swap, so servers sharing the database agree
    version BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE security_events (
    id BIGSERIAL PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- login-succeeded, login-failed, two-factor-enabled, … (see services/events.rs)
    kind TEXT NOT NULL,
    at BIGINT NOT NULL,
    ip TEXT,
    user_agent TEXT,
    -- a number the kind gives meaning to: backup codes left, sessions signed out, minutes locked
    detail BIGINT
);

CREATE INDEX security_events_user ON security_events (user_id, id);

-- Mail waiting to be delivered (or delivered), so that a notification survives a restart and
-- any server can send it.
CREATE TABLE mail_outbox (
    id BIGSERIAL PRIMARY KEY,
    recipient TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    attempts BIGINT NOT NULL DEFAULT 0,
    -- not tried again before this time; a server that takes a message moves it forward
    next_attempt_at BIGINT NOT NULL,
    sent_at BIGINT
);

CREATE INDEX mail_outbox_due ON mail_outbox (sent_at, next_attempt_at);

ALTER TABLE sessions ADD COLUMN signed_in_at BIGINT;
ALTER TABLE sessions ADD COLUMN last_seen_at BIGINT;
ALTER TABLE sessions ADD COLUMN ip TEXT;
ALTER TABLE sessions ADD COLUMN user_agent TEXT;
