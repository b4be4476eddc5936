-- Accounts and server-side sessions. Times are unix seconds.

CREATE TABLE users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    -- normalised: trimmed and lower-cased
    email TEXT NOT NULL UNIQUE,
    -- argon2id PHC string
    password_hash TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    password_changed_at INTEGER NOT NULL
);

CREATE TABLE sessions (
    -- SHA-256 of the session id in the cookie: a copy of this table does not yield live cookies
    id_hash TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    expires_at INTEGER NOT NULL,
    user_id INTEGER REFERENCES users (id) ON DELETE CASCADE
);

CREATE INDEX sessions_expires_at ON sessions (expires_at);
CREATE INDEX sessions_user_id ON sessions (user_id);
