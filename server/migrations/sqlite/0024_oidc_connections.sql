-- The applications an account signed in to through Twofold: when first and last (the settings
-- page lists them), and the scopes the user agreed to share on the consent page (NULL: never
-- asked). Disconnecting an application deletes its row, with its tokens.
CREATE TABLE oidc_connections (
    user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    client_id TEXT NOT NULL REFERENCES applications (client_id) ON DELETE CASCADE,
    consented_scopes TEXT,
    first_used_at INTEGER NOT NULL,
    last_used_at INTEGER NOT NULL,
    PRIMARY KEY (user_id, client_id)
);
