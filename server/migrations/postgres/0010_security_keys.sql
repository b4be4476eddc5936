-- Security keys and passkeys (WebAuthn credentials), several per account. `passkey` is the
-- credential as webauthn-rs keeps it (JSON: public key, signature counter, backup flags),
-- replaced after every use; `credential_id` (base64url) is unique across all accounts.
CREATE TABLE security_keys (
    id BIGSERIAL PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    credential_id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    passkey TEXT NOT NULL,
    added_at BIGINT NOT NULL,
    last_used_at BIGINT
);
CREATE INDEX security_keys_user_id ON security_keys (user_id);

-- The account's WebAuthn user handle (a random UUID, set with its first key): what a passkey
-- names the account by, instead of anything that identifies the person.
ALTER TABLE users ADD COLUMN webauthn_user_id TEXT;
CREATE UNIQUE INDEX users_webauthn_user_id ON users (webauthn_user_id);

-- A WebAuthn ceremony under way (adding a key, or signing in with one): the state webauthn-rs
-- needs to check the browser's answer, never sent to the browser. Keyed by a hash of a random
-- token the browser's session keeps; used once (deleted as it is read), valid 5 minutes.
CREATE TABLE webauthn_ceremonies (
    id_hash TEXT PRIMARY KEY,
    -- NULL for a passkey sign-in, which does not know the account before the answer
    user_id BIGINT REFERENCES users (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    state TEXT NOT NULL,
    started_at BIGINT NOT NULL
);
CREATE INDEX webauthn_ceremonies_started_at ON webauthn_ceremonies (started_at);
