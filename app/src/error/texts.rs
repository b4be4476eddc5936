//! What each error says: its Fluent message (a wait in seconds, minutes or hours), and the
//! texts an island carries to show any error without the translations in the browser.

use super::{AppError, Problem};
use crate::i18n::{Texts, msg, translator};

/// How a wait of `seconds` is told: the Fluent id, its variable and the number (seconds up to
/// a minute, the first ten exactly and then in steps of five; minutes up to an hour; hours up
/// to [`MAX_WAIT_HOURS`]), always rounded up.
pub(super) fn wait_text(seconds: u32) -> (&'static str, &'static str, i64) {
    let seconds = seconds.max(1);
    let shown = if seconds <= 10 {
        seconds
    } else {
        seconds.div_ceil(5) * 5
    };
    if shown < 60 {
        (msg("error-wait-seconds"), "seconds", i64::from(shown))
    } else if seconds <= 3600 {
        (
            msg("error-too-many-attempts"),
            "minutes",
            i64::from(seconds.div_ceil(60)),
        )
    } else {
        (
            msg("error-wait-hours"),
            "hours",
            i64::from(seconds.div_ceil(3600).min(MAX_WAIT_HOURS)),
        )
    }
}

/// The longest wait told in hours (the longest lock is a day).
const MAX_WAIT_HOURS: u32 = 24;

/// A wait in seconds for each text [`wait_text`] can give: 1–10 and 15–55 seconds, 1–60
/// minutes, 2–24 hours.
fn every_wait() -> impl Iterator<Item = u32> {
    (1..=10)
        .chain((15..60).step_by(5))
        .chain((1..=60).map(|minutes| minutes * 60))
        .chain((2..=MAX_WAIT_HOURS).map(|hours| hours * 3600))
}

impl AppError {
    /// Every error message and field problem, for an island with a form (rendered on the
    /// server; a wait for each value [`wait_text`] can give).
    pub fn texts() -> Texts {
        Texts::cached("errors", Self::translate_all)
    }

    fn translate_all() -> Texts {
        let ids: Vec<&'static str> = Self::every_kind()
            .iter()
            .filter(|e| !matches!(e, Self::TooManyAttempts { .. }))
            .map(Self::message_id)
            .chain(PROBLEMS.into_iter().map(problem_message_id))
            .collect();
        every_wait().fold(Texts::of(&ids), |texts, seconds| {
            let (id, name, value) = wait_text(seconds);
            texts.with(id, &[(name, value.into())])
        })
    }

    /// The message shown for this error as a whole, in the current language (a closure, like
    /// [`crate::i18n::t`]).
    pub fn message(&self) -> impl Fn() -> String + Clone + Send + Sync + 'static + use<> {
        let id = self.message_id();
        let wait = match self {
            Self::TooManyAttempts { seconds } => Some(wait_text(*seconds)),
            _ => None,
        };
        let translate = translator();
        move || match wait {
            Some((id, name, value)) => translate(id, &[(name, value.into())]),
            None => translate(id, &[]),
        }
    }

    /// Seconds a client should wait before trying again (the `Retry-After` header).
    pub fn retry_after_secs(&self) -> Option<u64> {
        match self {
            Self::TooManyAttempts { seconds } => Some(u64::from(*seconds)),
            Self::Busy => Some(5),
            _ => None,
        }
    }
}

/// Every field problem, for the messages an island with a form needs.
const PROBLEMS: [Problem; 9] = [
    Problem::Required,
    Problem::TooLong,
    Problem::TooShort,
    Problem::InvalidEmail,
    Problem::CommonPassword,
    Problem::ContainsEmail,
    Problem::SameAsCurrent,
    Problem::Incorrect,
    Problem::SameAddress,
];

/// The Fluent id of the message shown next to a field with this problem.
pub fn problem_message_id(problem: Problem) -> &'static str {
    match problem {
        Problem::Required => msg("field-required"),
        Problem::TooLong => msg("field-too-long"),
        Problem::TooShort => msg("field-password-too-short"),
        Problem::InvalidEmail => msg("field-invalid-email"),
        Problem::CommonPassword => msg("field-password-common"),
        Problem::ContainsEmail => msg("field-password-contains-email"),
        Problem::SameAsCurrent => msg("field-password-same"),
        Problem::Incorrect => msg("field-current-password-wrong"),
        Problem::SameAddress => msg("field-email-same"),
    }
}

#[cfg(test)]
mod wait_tests {
    use super::*;

    #[test]
    fn every_wait_has_a_text_an_island_carries() {
        let carried: std::collections::HashSet<_> = every_wait().map(wait_text).collect();
        for seconds in 1..=3 * 24 * 3600 {
            assert!(
                carried.contains(&wait_text(seconds)),
                "{seconds} s: {:?}",
                wait_text(seconds)
            );
        }
        assert_eq!(wait_text(1), (msg("error-wait-seconds"), "seconds", 1));
        assert_eq!(wait_text(11), (msg("error-wait-seconds"), "seconds", 15));
        assert_eq!(
            wait_text(60),
            (msg("error-too-many-attempts"), "minutes", 1)
        );
        assert_eq!(
            wait_text(900),
            (msg("error-too-many-attempts"), "minutes", 15)
        );
        assert_eq!(wait_text(3601), (msg("error-wait-hours"), "hours", 2));
        assert_eq!(wait_text(86_400), (msg("error-wait-hours"), "hours", 24));
    }
}
