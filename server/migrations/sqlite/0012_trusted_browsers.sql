-- Browsers trusted at the code step ("Don't ask for a code on this browser"): such a browser
-- signs in to the account with the password alone until `expires_at`, while the account's
-- credential epoch is still `credential_epoch` (any change of its sign-in factors ends the
-- trust). The browser's cookie holds a random token; only its SHA-256 is kept, replaced at
-- every use.
CREATE TABLE trusted_browsers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    credential_epoch INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    last_used_at INTEGER,
    ip TEXT,
    user_agent TEXT
);
CREATE INDEX trusted_browsers_user_id ON trusted_browsers (user_id);
CREATE INDEX trusted_browsers_expires_at ON trusted_browsers (expires_at);
