-- The subject (`sub`) every application knows an account by: 128 random bits made at the
-- account's first sign-in to an application, never the address, stable while the account lives.
CREATE TABLE oidc_subjects (
    user_id BIGINT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    subject TEXT NOT NULL UNIQUE
);
-- Authorization codes, stored as their SHA-256. A code lives 60 seconds and is redeemed once (one
-- conditional DELETE) by the client it was issued to, with the same redirect address, the PKCE
-- verifier of its challenge, and while the account's credential epoch is the one it was issued
-- under. `scopes`: space-separated; `amr`: the methods of the sign-in, space-separated.
CREATE TABLE oidc_codes (
    code_hash TEXT PRIMARY KEY,
    client_id TEXT NOT NULL REFERENCES applications (client_id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    redirect_uri TEXT NOT NULL,
    scopes TEXT NOT NULL,
    nonce TEXT,
    code_challenge TEXT,
    auth_time BIGINT NOT NULL,
    amr TEXT NOT NULL,
    acr TEXT,
    credential_epoch BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX oidc_codes_expires_at ON oidc_codes (expires_at);
-- Access and refresh tokens (opaque), stored as their SHA-256. `grant_hash`: the hash of the
-- code they came from, so that a reused code revokes them. A used refresh token stays (with
-- `used_at`) until it expires: a second use of it revokes the whole grant.
CREATE TABLE oidc_tokens (
    token_hash TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    grant_hash TEXT NOT NULL,
    client_id TEXT NOT NULL REFERENCES applications (client_id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    scopes TEXT NOT NULL,
    auth_time BIGINT NOT NULL,
    amr TEXT NOT NULL,
    acr TEXT,
    credential_epoch BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    used_at BIGINT
);
CREATE INDEX oidc_tokens_grant_hash ON oidc_tokens (grant_hash);
CREATE INDEX oidc_tokens_expires_at ON oidc_tokens (expires_at);
