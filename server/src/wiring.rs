//! The wiring: the database, the secrets and the mailer on one clock ([`Core`], also what the
//! `admin` commands use), and the services the pages call, built from them.

use std::sync::Arc;

use domain::{ports::Services, session::SessionLifetime};

use crate::{
    StartError,
    clock::Clock,
    config::Config,
    secrets, services,
    services::{
        accounts::AccountService,
        administration::AdminConsole,
        applications::Applications,
        connections::ConnectionsService,
        devices::Devices,
        guard::Guard,
        keys::KeyService,
        limits::Limiter,
        login::LoginService,
        mail::{Mailer, Transport},
        oidc::{flow::Flow, grants::Grants, logout::Logout, signing::SigningKeys},
        operator::Operator,
        ownership::OwnershipService,
        passwords::Passwords,
        policy::PolicyService,
        security::SecurityService,
        sessions::SessionsService,
        trust::TrustedBrowsers,
        two_factor::{self, TwoFactorService},
    },
    storage,
};

/// Everything but the web: the database, the secrets and the services on one clock (also what
/// the `admin` commands use).
pub struct Core {
    pub pool: storage::Db,
    pub secrets: secrets::Secrets,
    pub guard: Guard,
    pub mailer: Mailer,
    pub clock: Arc<dyn Clock>,
}

/// Loads the secrets, connects and migrates the database, and builds the guard and the mailer.
pub async fn assemble(config: &Config, clock: Arc<dyn Clock>) -> Result<Core, StartError> {
    // Secrets first: a misconfigured production server stops before touching the database.
    let secrets = secrets::load(config)?;
    let transport =
        Transport::new(config.smtp_url.as_deref(), &config.data_dir).map_err(StartError::Mail)?;
    let pool = storage::connect(&config.database_url).await?;
    let mailer = Mailer::new(
        pool.clone(),
        clock.clone(),
        secrets.totp.clone(),
        transport,
        config.mail_from.clone(),
    );
    let guard = Guard {
        limiter: Limiter::new(pool.clone(), clock.clone()),
        security: Arc::new(SecurityService::new(
            pool.clone(),
            clock.clone(),
            mailer.clone(),
        )),
        policy: PolicyService::new(pool.clone(), clock.clone()),
    };
    Ok(Core {
        pool,
        secrets,
        guard,
        mailer,
        clock,
    })
}

impl Core {
    /// The privileged actions on accounts (the command line's, the administrator page's).
    pub fn operator(&self) -> Operator {
        Operator::new(
            self.pool.clone(),
            self.secrets.totp.clone(),
            self.guard.clone(),
        )
    }

    /// The keys that sign ID tokens.
    pub fn signing_keys(&self) -> SigningKeys {
        SigningKeys::new(
            self.pool.clone(),
            self.secrets.totp.clone(),
            self.clock.clone(),
        )
    }

    /// The OpenID Connect codes and tokens, issued as `issuer`.
    pub fn grants(&self, issuer: openidconnect::IssuerUrl) -> Grants {
        Grants::new(
            self.pool.clone(),
            self.clock.clone(),
            self.applications(),
            self.signing_keys(),
            issuer,
        )
    }

    /// The authorization code flow in the browser, as `issuer`.
    pub fn flow(&self, issuer: openidconnect::IssuerUrl) -> Flow {
        let name = issuer.as_str().to_owned();
        Flow::new(
            self.pool.clone(),
            (self.guard.security.clone(), self.guard.policy.clone()),
            self.applications(),
            self.grants(issuer),
            name,
        )
    }

    /// The end of sessions that applications ask for, as `issuer`.
    pub fn logout(&self, issuer: openidconnect::IssuerUrl) -> Logout {
        Logout::new(
            self.pool.clone(),
            self.applications(),
            self.signing_keys(),
            issuer,
        )
    }

    /// The registered applications (OpenID Connect clients).
    pub fn applications(&self) -> Applications {
        Applications::new(self.pool.clone(), self.clock.clone())
    }
}

/// The services, and what the web around them needs of them.
pub struct Wired {
    pub services: Services,
    /// The factors' service (also the pages' `Keys`), for the tests.
    pub two_factor: TwoFactorService,
    /// The names of the device and trust cookies, which the client layer reads.
    pub device_cookie: &'static str,
    pub trust_cookie: &'static str,
}

/// Builds the services the pages call over `core`.
pub fn services(config: &Config, core: &Core, clock: Arc<dyn Clock>) -> Result<Wired, StartError> {
    let pool = core.pool.clone();
    let relying_party =
        services::keys::relying_party(&config.public_url, config.rp_id.as_deref(), &config.issuer)
            .map_err(StartError::RelyingParty)?;
    let security_keys = KeyService::new(pool.clone(), Arc::new(relying_party), core.guard.clone());
    let devices = Devices::new(&core.secrets.session.0, config.cookie_secure);
    let accounts = AccountService::new(
        pool.clone(),
        Passwords::default(),
        core.guard.clone(),
        devices.clone(),
        config.sign_ups_per_hour,
    );
    let two_factor = TwoFactorService::new(two_factor::Parts {
        pool: pool.clone(),
        secrets: core.secrets.totp.clone(),
        hasher: core.secrets.backup_codes.clone(),
        issuer: config.issuer.clone(),
        guard: core.guard.clone(),
        keys: security_keys,
        accounts: accounts.clone(),
    });
    let trust = TrustedBrowsers::new(
        pool.clone(),
        clock.clone(),
        config.trusted_browser_days,
        config.cookie_secure,
    );
    let trust_cookie = trust.cookie_name();
    let login = LoginService {
        pool: pool.clone(),
        clock,
        accounts: accounts.clone(),
        two_factor: two_factor.clone(),
        security: core.guard.security.clone(),
        trust,
    };
    let admin = AdminConsole {
        pool: pool.clone(),
        operator: core.operator(),
        accounts: accounts.clone(),
        two_factor: two_factor.clone(),
        applications: core.applications(),
        secrets: core.secrets.totp.clone(),
    };
    let ownership = OwnershipService::new(
        pool.clone(),
        accounts.clone(),
        two_factor.clone(),
        core.mailer.clone(),
        config.public_url.clone(),
    );
    let security = core.guard.security.clone();
    let services = Services {
        accounts: Arc::new(accounts),
        ownership: Arc::new(ownership),
        login: Arc::new(login),
        two_factor: Arc::new(two_factor.clone()),
        keys: Arc::new(two_factor.clone()),
        security_log: core.guard.security.clone(),
        sessions: Arc::new(SessionsService::new(pool.clone(), security.clone())),
        admin: Arc::new(admin),
        connections: Arc::new(ConnectionsService::new(pool.clone(), security)),
        session_lifetime: SessionLifetime::new(
            i64::try_from(config.session_max_age.as_secs()).unwrap_or(i64::MAX),
            i64::try_from(config.session_idle.as_secs()).unwrap_or(i64::MAX),
        ),
    };
    Ok(Wired {
        services,
        two_factor,
        device_cookie: devices.cookie_name(),
        trust_cookie,
    })
}
