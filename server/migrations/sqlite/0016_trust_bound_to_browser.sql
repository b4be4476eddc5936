-- A trust works only together with the device cookie of the browser that was trusted
-- (`device_hash`: a SHA-256 of that browser's device token for the account), and the token a
-- use replaced is remembered (`previous_hash`): a copy of the cookie used after that ends every
-- trust of the account. Trusts made before were bound to no browser: they end here.
DELETE FROM trusted_browsers;
ALTER TABLE trusted_browsers ADD COLUMN device_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE trusted_browsers ADD COLUMN previous_hash TEXT;
CREATE INDEX trusted_browsers_previous_hash ON trusted_browsers (previous_hash);
