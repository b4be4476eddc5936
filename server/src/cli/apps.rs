//! `server admin app …`: registering the applications that sign their users in through
//! Twofold (OpenID Connect clients); `server admin rotate-signing-key`.

use std::process::ExitCode;

use domain::application::{AppRequirement, Application, SigningAlgorithm};

use crate::{
    Core,
    services::{
        applications::{ApplicationError, Registration},
        oidc::signing::ID_TOKEN_SECS,
    },
};

pub const APP_USAGE: &str = "admin app add NAME --redirect-uri URI... [--post-logout-uri URI...] \
                             [--public] [--require two-factor|key] [--consent] \
                             [--signing RS256|ES256|EdDSA] | admin app list | \
                             admin app show CLIENT_ID | admin app rotate-secret CLIENT_ID | \
                             admin app remove CLIENT_ID";

/// Reads `add`'s arguments: the name, then options (each URI option may be repeated, or take
/// several addresses in a row).
fn registration(args: &[&str]) -> Option<Registration> {
    let (name, options) = args.split_first()?;
    if name.starts_with("--") {
        return None;
    }
    let mut registration = Registration {
        name: (*name).to_owned(),
        ..Registration::default()
    };
    let mut list: Option<&mut Vec<String>> = None;
    let mut options = options.iter();
    while let Some(option) = options.next() {
        match *option {
            "--redirect-uri" => list = Some(&mut registration.redirect_uris),
            "--post-logout-uri" => list = Some(&mut registration.post_logout_uris),
            "--public" => registration.public = true,
            "--consent" => registration.consent = true,
            "--signing" => registration.signing = SigningAlgorithm::parse(options.next()?)?,
            "--require" => {
                registration.require = AppRequirement::parse(options.next()?)
                    .filter(|r| *r != AppRequirement::SignedIn)?;
            }
            uri if !uri.starts_with("--") => {
                list.as_mut()?.push(uri.to_owned());
                continue;
            }
            _ => return None,
        }
        if !matches!(*option, "--redirect-uri" | "--post-logout-uri") {
            list = None;
        }
    }
    Some(registration)
}

fn print_app(app: &Application) {
    println!("client id:         {}", app.client_id);
    println!("name:              {}", app.name);
    println!(
        "client type:       {}",
        if app.public {
            "public (PKCE, no secret)"
        } else {
            "confidential (secret)"
        }
    );
    for uri in &app.redirect_uris {
        println!("redirect uri:      {uri}");
    }
    for uri in &app.post_logout_uris {
        println!("post-logout uri:   {uri}");
    }
    println!("requires:          {}", app.require.as_str());
    println!(
        "consent:           {}",
        if app.consent { "asked" } else { "not asked" }
    );
    println!("id tokens signed:  {}", app.signing.as_str());
}

/// Runs `admin app …` (`args` after `app`) for `operator`.
pub async fn run(core: &Core, args: &[&str], operator: &str) -> ExitCode {
    let apps = core.applications();
    let result: Result<(), ApplicationError> = match args {
        ["add", rest @ ..] => {
            let Some(registration) = registration(rest) else {
                eprintln!("usage: server {APP_USAGE}");
                return ExitCode::from(2);
            };
            apps.add(registration, operator).await.map(|(app, secret)| {
                print_app(&app);
                if let Some(secret) = secret {
                    println!("client secret:     {}", secret.0.as_str());
                    println!("(the secret is shown only now; `rotate-secret` makes a new one)");
                }
            })
        }
        ["list"] => apps.list().await.map(|list| {
            println!("{:<24} {:<13} {:<10} name", "client id", "type", "requires");
            for app in list {
                let kind = if app.public { "public" } else { "confidential" };
                println!(
                    "{:<24} {kind:<13} {:<10} {}",
                    app.client_id,
                    app.require.as_str(),
                    app.name
                );
            }
        }),
        ["show", client_id] => apps.show(client_id).await.map(|app| print_app(&app)),
        ["rotate-secret", client_id] => {
            apps.rotate_secret(client_id, operator).await.map(|secret| {
                println!("client secret:     {}", secret.0.as_str());
                println!("(the previous secret no longer works)");
            })
        }
        ["remove", client_id] => apps
            .remove(client_id, operator)
            .await
            .map(|()| println!("{client_id}: removed")),
        _ => {
            eprintln!("usage: server {APP_USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("twofold admin: {err}");
            ExitCode::FAILURE
        }
    }
}

/// `admin rotate-signing-key [ALGORITHM]` (RS256 when not named).
pub async fn rotate_signing_key(core: &Core, args: &[&str]) -> ExitCode {
    let algorithm = match args {
        [] => Some(SigningAlgorithm::Rs256),
        [name] => SigningAlgorithm::parse(name),
        _ => None,
    };
    let Some(algorithm) = algorithm else {
        eprintln!("usage: server admin rotate-signing-key [RS256 | ES256 | EdDSA]");
        return ExitCode::from(2);
    };
    match core.signing_keys().rotate(algorithm).await {
        Ok(kid) => {
            println!(
                "new {} signing key {kid}; the one it replaced stays published for {} minutes",
                algorithm.as_str(),
                ID_TOKEN_SECS / 60
            );
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("twofold admin: {err}");
            ExitCode::FAILURE
        }
    }
}

/// After `rotate-totp-key`: the signing keys sealed again under the new key.
pub async fn reseal_signing_keys(core: &Core) -> ExitCode {
    match core.signing_keys().reseal().await {
        Ok(count) => {
            println!("re-encrypted {count} signing key(s)");
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("twofold admin: {err}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::registration;
    use domain::application::{AppRequirement, SigningAlgorithm};

    #[test]
    fn add_reads_repeated_and_listed_addresses_and_the_flags() {
        let r = registration(&[
            "Grafana",
            "--redirect-uri",
            "https://a/cb",
            "https://b/cb",
            "--public",
            "--redirect-uri",
            "https://c/cb",
            "--post-logout-uri",
            "https://a/",
            "--require",
            "key",
            "--consent",
            "--signing",
            "ES256",
        ])
        .expect("readable");
        assert_eq!(r.name, "Grafana");
        assert_eq!(
            r.redirect_uris,
            ["https://a/cb", "https://b/cb", "https://c/cb"]
        );
        assert_eq!(r.post_logout_uris, ["https://a/"]);
        assert!(r.public && r.consent);
        assert_eq!(r.signing, SigningAlgorithm::Es256);
        assert_eq!(r.require, AppRequirement::Key);
    }

    #[test]
    fn add_refuses_what_it_cannot_read() {
        for args in [
            &["--public"][..],
            &["App", "https://a/cb"],
            &[
                "App",
                "--redirect-uri",
                "https://a/cb",
                "--public",
                "https://b/cb",
            ],
            &["App", "--require", "signed-in"],
            &["App", "--require"],
            &["App", "--frobnicate"],
            &["App", "--signing", "HS256"],
        ] {
            assert!(registration(args).is_none(), "{args:?}");
        }
    }
}
