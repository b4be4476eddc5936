//! What an access token gives (the userinfo claims, OpenID Connect Core §5.3), and revoking a
//! token (RFC 7009).

use serde_json::{Value, json};

use super::grants::{ClientAuth, Grants, TokenError, internal, token_hash};
use crate::storage::{
    oidc::{self as store, ACCESS, REFRESH},
    users,
};

impl Grants {
    /// The claims of the account the live access token `token` was issued for, by its
    /// scopes; `None` for an unknown, expired or revoked token, or one whose account's
    /// credential epoch has moved on.
    pub async fn userinfo(&self, token: &str) -> Result<Option<Value>, TokenError> {
        let now = self.now();
        let Some(live) = store::live_token(self.pool(), &token_hash(token), ACCESS, now)
            .await
            .map_err(internal)?
        else {
            return Ok(None);
        };
        let Some(user) = users::by_id(self.pool(), live.grant.user_id)
            .await
            .map_err(internal)?
        else {
            return Ok(None);
        };
        let subject = store::subject(self.pool(), user.id, &super::grants::random_token())
            .await
            .map_err(internal)?;
        let scopes: Vec<&str> = live.grant.scopes.split(' ').collect();
        let mut claims = json!({ "sub": subject });
        if scopes.contains(&"email") {
            claims["email"] = json!(user.email);
            claims["email_verified"] = json!(user.email_verified_at.is_some());
        }
        if scopes.contains(&"profile") {
            claims["preferred_username"] = json!(user.email);
        }
        if scopes.contains(&"groups") {
            claims["groups"] = json!(if user.administrator {
                vec!["administrators"]
            } else {
                Vec::new()
            });
        }
        Ok(Some(claims))
    }

    /// Revokes `token` if it is one of the client's (RFC 7009 §2.1): a refresh token ends its
    /// whole grant (and the access tokens of it), an access token only itself. Unknown
    /// tokens, and other clients' tokens, change nothing and answer the same.
    pub async fn revoke(&self, auth: &ClientAuth, token: &str) -> Result<(), TokenError> {
        let client = self.client(auth).await?;
        let removed = store::delete_token(self.pool(), &token_hash(token), &client.client_id)
            .await
            .map_err(internal)?;
        if let Some((kind, grant)) = removed {
            if kind == REFRESH {
                store::revoke_grant(self.pool(), &grant)
                    .await
                    .map_err(internal)?;
            }
            tracing::info!(client_id = %client.client_id, kind, "token revoked by its client");
        }
        Ok(())
    }
}
