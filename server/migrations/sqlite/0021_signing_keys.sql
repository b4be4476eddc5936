-- The keys that sign the OpenID Connect provider's ID tokens: per algorithm ('RS256', 'ES256',
-- 'EdDSA') one current key (`retired_at` NULL) and the keys it replaced. The private key (PEM)
-- is sealed like authenticator secrets (AES-256-GCM with TWOFOLD_TOTP_KEYS, bound to the key
-- id); `public_jwk` is its public half as a JSON Web Key, published until every token signed
-- with it has expired.
CREATE TABLE signing_keys (
    kid TEXT PRIMARY KEY,
    algorithm TEXT NOT NULL,
    sealed_key BLOB NOT NULL,
    public_jwk TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    retired_at INTEGER
);
CREATE UNIQUE INDEX signing_keys_current ON signing_keys (algorithm) WHERE retired_at IS NULL;
