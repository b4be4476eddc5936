//! The applications an account signed in to (the settings page's list), and disconnecting one:
//! its consent, codes and tokens end at once, and the security log says so.

use std::sync::Arc;

use async_trait::async_trait;
use domain::{
    Client, Fault, UserId, application::ConnectedApp, events::EventKind, ports::Connections,
};

use super::{faults::db, security::SecurityService};
use crate::storage::{Db, connections as store};

pub struct ConnectionsService {
    pool: Db,
    security: Arc<SecurityService>,
}

impl ConnectionsService {
    pub fn new(pool: Db, security: Arc<SecurityService>) -> Self {
        Self { pool, security }
    }
}

#[async_trait]
impl Connections for ConnectionsService {
    async fn connected(&self, user: UserId) -> Result<Vec<ConnectedApp>, Fault> {
        Ok(store::of_user(&self.pool, user.0)
            .await
            .map_err(db("list connected applications"))?
            .into_iter()
            .map(|row| ConnectedApp {
                client_id: row.client_id,
                name: row.name,
                first_used_at: row.first_used_at,
                last_used_at: row.last_used_at,
            })
            .collect())
    }

    async fn disconnect(
        &self,
        user: UserId,
        client_id: &str,
        client: &Client,
    ) -> Result<bool, Fault> {
        let name = store::of_user(&self.pool, user.0)
            .await
            .map_err(db("find connected application"))?
            .into_iter()
            .find(|row| row.client_id == client_id)
            .map(|row| row.name);
        let Some(name) = name else {
            return Ok(false);
        };
        store::disconnect(&self.pool, user.0, client_id)
            .await
            .map_err(db("disconnect application"))?;
        self.security
            .record_application(user, EventKind::ApplicationDisconnected, &name, client)
            .await?;
        Ok(true)
    }
}
