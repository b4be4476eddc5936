//! The deployment's two-factor policy: whether two-factor is required (of everyone, or of
//! administrators only), with a grace period, and what it means for one account right now.

use serde::{Deserialize, Serialize};

const DAY_SECS: i64 = 24 * 60 * 60;

/// Whom two-factor is required of.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum RequiredOf {
    /// Nobody: each user decides.
    #[default]
    Nobody,
    Everyone,
    /// Accounts with the administrator role.
    Administrators,
}

impl RequiredOf {
    /// The word the database and the command line use.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Nobody => "nobody",
            Self::Everyone => "everyone",
            Self::Administrators => "administrators",
        }
    }

    pub fn parse(word: &str) -> Option<Self> {
        [Self::Nobody, Self::Everyone, Self::Administrators]
            .into_iter()
            .find(|of| of.as_str() == word)
    }
}

/// The policy of the deployment.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Policy {
    pub required_of: RequiredOf,
    /// Days an account has to set two-factor up (0: at once).
    pub grace_days: i64,
    /// When two-factor became required (unix seconds): the grace period of accounts made
    /// before counts from here. Changing whom or how long keeps it.
    pub since: i64,
}

/// The longest grace period.
pub const MAX_GRACE_DAYS: i64 = 365;

/// What the policy needs to know of an account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Standing {
    pub administrator: bool,
    /// When the account was made (unix seconds).
    pub created_at: i64,
    /// Whether two-factor is on.
    pub two_factor: bool,
}

/// What the policy means for one account now.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Requirement {
    /// Not required: the user turns two-factor on and off.
    #[default]
    Optional,
    /// Required and on: it cannot be turned off (a factor can be replaced: add the new one,
    /// then remove the old).
    Kept,
    /// Required and off, with this many days (started ones counted whole) left to set it up.
    Grace { days_left: i64 },
    /// Required, off, and the grace period is over: the account reaches only the set-up.
    SetUpNow,
}

impl Requirement {
    /// Whether two-factor may not be turned off.
    pub fn is_required(self) -> bool {
        !matches!(self, Self::Optional)
    }
}

impl Policy {
    /// Whether the policy requires two-factor of an account.
    pub fn applies_to(&self, administrator: bool) -> bool {
        match self.required_of {
            RequiredOf::Nobody => false,
            RequiredOf::Everyone => true,
            RequiredOf::Administrators => administrator,
        }
    }

    /// When an account made at `created_at` must have two-factor on: the grace period counts
    /// from when the policy started or the account was made, whichever is later, and a change
    /// of its length applies to everyone at once.
    pub fn deadline(&self, created_at: i64) -> i64 {
        self.since
            .max(created_at)
            .saturating_add(self.grace_days.clamp(0, MAX_GRACE_DAYS) * DAY_SECS)
    }

    /// What the policy means for `account` at `now`.
    pub fn requirement(&self, account: &Standing, now: i64) -> Requirement {
        if !self.applies_to(account.administrator) {
            return Requirement::Optional;
        }
        if account.two_factor {
            return Requirement::Kept;
        }
        let left = self.deadline(account.created_at) - now;
        if left > 0 {
            Requirement::Grace {
                days_left: (left + DAY_SECS - 1) / DAY_SECS,
            }
        } else {
            Requirement::SetUpNow
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const START: i64 = 1_800_000_000;

    fn policy(required_of: RequiredOf, grace_days: i64) -> Policy {
        Policy {
            required_of,
            grace_days,
            since: START,
        }
    }

    fn account(created_at: i64, two_factor: bool) -> Standing {
        Standing {
            administrator: false,
            created_at,
            two_factor,
        }
    }

    #[test]
    fn nothing_is_required_without_a_policy() {
        let old = account(START - 100 * DAY_SECS, false);
        assert_eq!(
            Policy::default().requirement(&old, START + 1000 * DAY_SECS),
            Requirement::Optional
        );
    }

    #[test]
    fn the_grace_period_counts_from_the_policy_for_older_accounts() {
        let policy = policy(RequiredOf::Everyone, 7);
        let old = account(START - 100 * DAY_SECS, false);
        assert_eq!(
            policy.requirement(&old, START),
            Requirement::Grace { days_left: 7 }
        );
        // A started day counts whole.
        assert_eq!(
            policy.requirement(&old, START + 1),
            Requirement::Grace { days_left: 7 }
        );
        assert_eq!(
            policy.requirement(&old, START + 6 * DAY_SECS + 1),
            Requirement::Grace { days_left: 1 }
        );
        assert_eq!(
            policy.requirement(&old, START + 7 * DAY_SECS),
            Requirement::SetUpNow
        );
    }

    #[test]
    fn the_grace_period_counts_from_the_account_for_newer_ones() {
        let policy = policy(RequiredOf::Everyone, 7);
        let new = account(START + 30 * DAY_SECS, false);
        assert_eq!(
            policy.requirement(&new, START + 30 * DAY_SECS),
            Requirement::Grace { days_left: 7 }
        );
        assert_eq!(
            policy.requirement(&new, START + 37 * DAY_SECS),
            Requirement::SetUpNow
        );
    }

    #[test]
    fn no_grace_period_means_at_once() {
        let policy = policy(RequiredOf::Everyone, 0);
        assert_eq!(
            policy.requirement(&account(START - 1, false), START),
            Requirement::SetUpNow
        );
    }

    #[test]
    fn a_shortened_period_applies_to_everyone_at_once() {
        let old = account(START - DAY_SECS, false);
        let now = START + 5 * DAY_SECS;
        assert!(matches!(
            policy(RequiredOf::Everyone, 14).requirement(&old, now),
            Requirement::Grace { days_left: 9 }
        ));
        assert_eq!(
            policy(RequiredOf::Everyone, 3).requirement(&old, now),
            Requirement::SetUpNow
        );
    }

    #[test]
    fn accounts_with_two_factor_keep_it() {
        let policy = policy(RequiredOf::Everyone, 0);
        let on = account(START - 1, true);
        assert_eq!(policy.requirement(&on, START), Requirement::Kept);
        assert!(Requirement::Kept.is_required());
        assert!(!Requirement::Optional.is_required());
    }

    #[test]
    fn a_policy_for_administrators_leaves_the_others_free() {
        let policy = policy(RequiredOf::Administrators, 0);
        let user = account(START - 1, false);
        let administrator = Standing {
            administrator: true,
            ..user
        };
        assert_eq!(policy.requirement(&user, START), Requirement::Optional);
        assert_eq!(
            policy.requirement(&administrator, START),
            Requirement::SetUpNow
        );
    }

    #[test]
    fn the_words_round_trip() {
        for of in [
            RequiredOf::Nobody,
            RequiredOf::Everyone,
            RequiredOf::Administrators,
        ] {
            assert_eq!(RequiredOf::parse(of.as_str()), Some(of));
        }
        assert_eq!(RequiredOf::parse("all"), None);
    }
}
