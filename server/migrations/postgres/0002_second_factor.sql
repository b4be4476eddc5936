-- Second factor: one TOTP credential per user (pending until confirmed) and backup codes.

CREATE TABLE totp_credentials (
    user_id BIGINT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    -- AES-256-GCM sealed secret (see services/secret_box.rs)
    sealed_secret BYTEA NOT NULL,
    -- NULL while the set-up is pending confirmation with a first code
    confirmed_at BIGINT,
    -- the last accepted time step: codes of this or an earlier step are refused (replay)
    last_used_step BIGINT NOT NULL DEFAULT -1,
    created_at BIGINT NOT NULL
);

CREATE TABLE backup_codes (
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    -- HMAC-SHA256 of the normalised code with a server key (see services/codes.rs)
    code_hash TEXT NOT NULL,
    used_at BIGINT,
    PRIMARY KEY (user_id, code_hash)
);
