-- Who owns an address. `email_verified_at`: when the account's address was confirmed through a
-- mailed link (accounts made before this version count as confirmed when they were made).
-- `email_links`: the live mailed links, one per account and purpose — `verify` (the address
-- given at sign-up, 24 hours), `reset` (choose a new password, 1 hour), `change-address` (the
-- new address, kept in `new_email`, 24 hours). Only a SHA-256 of each link's random token is
-- kept; a link counts only while the account's credential epoch is still `credential_epoch`.
ALTER TABLE users ADD COLUMN email_verified_at INTEGER;
UPDATE users SET email_verified_at = created_at;

CREATE TABLE email_links (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    purpose TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    new_email TEXT,
    credential_epoch INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    UNIQUE (user_id, purpose)
);
CREATE INDEX email_links_expires_at ON email_links (expires_at);
