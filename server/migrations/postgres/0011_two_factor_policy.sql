-- The deployment's two-factor policy (one row, absent while nothing was ever set): whom
-- two-factor is required of (nobody, everyone, administrators), the grace period in days, and
-- when it became required (the grace period of older accounts counts from there). Who changed
-- it last and when, for operators.
CREATE TABLE two_factor_policy (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    required_of TEXT NOT NULL,
    grace_days BIGINT NOT NULL,
    since BIGINT NOT NULL,
    changed_at BIGINT NOT NULL,
    changed_by TEXT NOT NULL
);

-- An account's role: NULL for a user, 'administrator' for one given the role with
-- `server admin grant EMAIL`.
ALTER TABLE users ADD COLUMN role TEXT;
