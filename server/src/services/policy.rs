//! The deployment's two-factor policy (`domain::policy`), read from the database at every
//! use, so that a change applies on every server at once.

use std::sync::Arc;

use domain::{
    Fault, UserId,
    policy::{MAX_GRACE_DAYS, Policy, RequiredOf, Requirement},
};

use super::{factors::Factors, faults::db};
use crate::{
    clock::Clock,
    storage::{Db, policy as store, users},
};

#[derive(Clone)]
pub struct PolicyService {
    pool: Db,
    clock: Arc<dyn Clock>,
}

impl PolicyService {
    pub fn new(pool: Db, clock: Arc<dyn Clock>) -> Self {
        Self { pool, clock }
    }

    pub async fn policy(&self) -> Result<Policy, Fault> {
        store::get(&self.pool)
            .await
            .map_err(db("read two-factor policy"))
    }

    /// Sets the policy (by `by`, for the record); the grace period is cut to
    /// [`MAX_GRACE_DAYS`].
    pub async fn set(
        &self,
        required_of: RequiredOf,
        grace_days: i64,
        by: &str,
    ) -> Result<Policy, Fault> {
        let grace_days = grace_days.clamp(0, MAX_GRACE_DAYS);
        let policy = store::set(&self.pool, required_of, grace_days, self.clock.now(), by)
            .await
            .map_err(db("set two-factor policy"))?;
        tracing::info!(
            required_of = required_of.as_str(),
            grace_days,
            by,
            "two-factor policy changed"
        );
        Ok(policy)
    }

    /// What the policy means for the account `row` now.
    pub async fn requirement_of(&self, row: &users::UserRow) -> Result<Requirement, Fault> {
        let policy = self.policy().await?;
        Ok(policy.requirement(&Factors::standing(row), self.clock.now()))
    }

    /// What the policy means for `user` now (`Optional` for an account that is gone). While
    /// nothing is required, only the policy is read.
    pub async fn requirement(&self, user: UserId) -> Result<Requirement, Fault> {
        let policy = self.policy().await?;
        if policy.required_of == RequiredOf::Nobody {
            return Ok(Requirement::Optional);
        }
        let row = users::by_id(&self.pool, user.0)
            .await
            .map_err(db("read account for the policy"))?;
        Ok(row.map_or(Requirement::Optional, |row| {
            policy.requirement(&Factors::standing(&row), self.clock.now())
        }))
    }
}
