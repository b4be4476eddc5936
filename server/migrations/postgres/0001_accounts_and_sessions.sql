-- Accounts and server-side sessions. Times are unix seconds. (PostgreSQL; the SQLite schema in
-- ../sqlite is the same with SQLite's types.)

CREATE TABLE users (
    id BIGSERIAL PRIMARY KEY,
    -- normalised: trimmed and lower-cased
    email TEXT NOT NULL UNIQUE,
    -- argon2id PHC string
    password_hash TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    password_changed_at BIGINT NOT NULL
);

CREATE TABLE sessions (
    -- SHA-256 of the session id in the cookie: a copy of this table does not yield live cookies
    id_hash TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    expires_at BIGINT NOT NULL,
    user_id BIGINT REFERENCES users (id) ON DELETE CASCADE
);

CREATE INDEX sessions_expires_at ON sessions (expires_at);
CREATE INDEX sessions_user_id ON sessions (user_id);
