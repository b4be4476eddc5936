-- Applications that sign their users in through Twofold (OpenID Connect clients). A public
-- client has no secret (`secret_hash` NULL) and must use PKCE; a confidential client's secret
-- is stored only as its SHA-256 (the secret is 256 random bits, shown once). Redirect and
-- post-logout addresses are kept exactly as registered, one per line, and matched exactly.
-- `requirement`: 'signed-in', 'two-factor' or 'key'. `created_by`: the operator or
-- administrator who registered it.
CREATE TABLE applications (
    client_id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    secret_hash TEXT,
    redirect_uris TEXT NOT NULL,
    post_logout_uris TEXT NOT NULL DEFAULT '',
    requirement TEXT NOT NULL DEFAULT 'signed-in',
    consent BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    created_by TEXT NOT NULL,
    secret_rotated_at BIGINT
);
