//! `server admin …`: commands for operators. They work on the database directly (no running
//! server is needed) and deliver the mail they cause before exiting.

// Command-line output goes to standard output.
#![allow(clippy::print_stdout)]

mod apps;

use crate::services::factors::Factors;
use std::{process::ExitCode, sync::Arc};

use domain::policy::{MAX_GRACE_DAYS, Policy, RequiredOf};

use crate::{assemble, clock::SystemClock, config::Config, services::operator::By};

pub const USAGE: &str = "usage: server [serve | migrate | compress-site | admin users | admin reset-2fa EMAIL | \
                         admin unlock EMAIL | admin rotate-totp-key | admin grant EMAIL | \
                         admin revoke EMAIL | admin policy | \
                         admin policy (everyone | administrators) GRACE_DAYS | admin policy nobody | \
                         admin app (add | list | show | rotate-secret | remove) … | \
                         admin rotate-signing-key [RS256 | ES256 | EdDSA]]";

/// Who runs the command, for the security log: `TWOFOLD_OPERATOR`, else the user `sudo` was
/// run by, else the login name.
pub fn operator(get: impl Fn(&str) -> Option<String>) -> String {
    ["TWOFOLD_OPERATOR", "SUDO_USER", "USER", "LOGNAME"]
        .into_iter()
        .filter_map(get)
        .map(|name| name.trim().chars().take(64).collect::<String>())
        .find(|name| !name.is_empty())
        .unwrap_or_else(|| "unknown".to_owned())
}

pub async fn admin(config: &Config, args: &[&str]) -> ExitCode {
    let core = match assemble(config, Arc::new(SystemClock)).await {
        Ok(core) => core,
        Err(err) => {
            eprintln!("twofold: {err}");
            return ExitCode::FAILURE;
        }
    };
    let admin = core.operator();
    let operator = operator(|name| std::env::var(name).ok());
    let by = By::operator(&operator);
    let result = match args {
        ["app", rest @ ..] => return apps::run(&core, rest, &operator).await,
        ["users"] => admin.users().await.map(|users| {
            println!(
                "{:<40} {:<20} {:>12} {:>8} role",
                "email", "two-factor since", "backup codes", "sessions"
            );
            for user in users {
                let factors = Factors::from_row(user.factors);
                let since = factors.since().map_or_else(|| "off".to_owned(), date_time);
                let role = if user.administrator { "administrator" } else { "user" };
                println!(
                    "{:<40} {:<20} {:>12} {:>8} {role}",
                    user.email, since, factors.status().backup_codes_left, user.sessions
                );
            }
        }),
        ["grant", email] => admin.set_administrator(email, true, &by).await.map(|()| {
            println!("{email}: now an administrator; logged as done by {operator}");
        }),
        ["revoke", email] => admin.set_administrator(email, false, &by).await.map(|()| {
            println!("{email}: no longer an administrator; logged as done by {operator}");
        }),
        ["policy"] => admin.policy().await.map(|policy| print_policy(&policy)),
        ["policy", "nobody"] => admin
            .set_policy(RequiredOf::Nobody, 0, &by)
            .await
            .map(|policy| print_policy(&policy)),
        ["policy", of, days] => {
            let (Some(of @ (RequiredOf::Everyone | RequiredOf::Administrators)), Ok(days)) =
                (RequiredOf::parse(of), days.parse::<i64>())
            else {
                eprintln!("{USAGE}");
                return ExitCode::from(2);
            };
            if !(0..=MAX_GRACE_DAYS).contains(&days) {
                eprintln!("twofold admin: GRACE_DAYS is 0 (at the next sign-in) to {MAX_GRACE_DAYS}");
                return ExitCode::from(2);
            }
            admin
                .set_policy(of, days, &by)
                .await
                .map(|policy| print_policy(&policy))
        }
        ["reset-2fa", email] => admin.reset_two_factor(email, &by).await.map(|reset| {
            println!(
                "{email}: two-factor authentication {}; {} session(s) signed out; the user was notified",
                if reset.had_two_factor { "removed" } else { "was not on" },
                reset.sessions_ended
            );
        }),
        ["unlock", email] => admin.unlock(email, &by).await.map(|()| {
            println!("{email}: every lock and delay lifted on all servers; logged as done by {operator}");
        }),
        ["rotate-totp-key"] => match admin.rotate_totp_key().await {
            Ok(rotation) => {
                println!(
                    "re-encrypted {} secret(s) with key id {}; {} already used it",
                    rotation.reencrypted,
                    core.secrets.totp.current_key_id(),
                    rotation.already_current
                );
                return apps::reseal_signing_keys(&core).await;
            }
            Err(err) => Err(err),
        },
        ["rotate-signing-key", rest @ ..] => return apps::rotate_signing_key(&core, rest).await,
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    if let Err(err) = result {
        eprintln!("twofold admin: {err}");
        return ExitCode::FAILURE;
    }
    // Mail caused by the command (the reset notice) goes out now.
    if let Err(err) = core.mailer.deliver_due().await {
        eprintln!("twofold admin: mail not delivered yet (a server will retry): {err}");
    }
    ExitCode::SUCCESS
}

fn print_policy(policy: &Policy) {
    match policy.required_of {
        RequiredOf::Nobody => println!("two-factor authentication is required of nobody"),
        of => println!(
            "two-factor authentication is required of {} since {}, with a grace period of {} day(s)",
            of.as_str(),
            date_time(policy.since),
            policy.grace_days
        ),
    }
}

fn date_time(unix: i64) -> String {
    let (year, month, day) = domain::text::civil_date(unix);
    format!("{year:04}-{month:02}-{day:02}")
}
