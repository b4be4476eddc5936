-- The code mailed to an account that sets up its first factor (an authenticator app or a key):
-- whoever knows only the password cannot give the account a factor of their own. One live code
-- per account, sealed like authenticator secrets (AES-256-GCM with TWOFOLD_TOTP_KEYS, bound to
-- the account); it counts only while the account's credential epoch is still
-- `credential_epoch`, until `expires_at`, and for at most five wrong tries (`attempts`).
CREATE TABLE factor_mail_codes (
    user_id BIGINT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    sealed_code BYTEA NOT NULL,
    credential_epoch BIGINT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    expires_at BIGINT NOT NULL
);
CREATE INDEX factor_mail_codes_expires_at ON factor_mail_codes (expires_at);
