-- How an application's ID tokens are signed: 'RS256' (the default, what every relying party
-- accepts), 'ES256' or 'EdDSA'.
ALTER TABLE applications ADD COLUMN signing_algorithm TEXT NOT NULL DEFAULT 'RS256';
