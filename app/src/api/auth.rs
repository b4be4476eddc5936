//! The signed-in account as the server-rendered parts of a page see it, and the forms'
//! errors coming back from posts made without JavaScript.

use leptos::{prelude::*, server::ServerActionError, server_fn::ServerFn};
#[cfg(feature = "ssr")]
use leptos_router::hooks::use_query_map;

use domain::{
    account::{AccountView, Notice},
    policy::Requirement,
};

use super::account::{current_account, take_notice};
use crate::{error::AppError, form::FormAction};

#[derive(Clone, Copy)]
pub struct Auth {
    /// The signed-in account, for pages.
    pub account: Resource<Result<Option<AccountView>, AppError>>,
    /// The same, for the header. Each resource is read under one Suspense boundary only:
    /// one resource read under two boundaries can leave a server-rendered page unfinished
    /// (leptos#4851).
    pub header_account: Resource<Result<Option<AccountView>, AppError>>,
    /// The confirmation of the last change, shown once at the top of the page.
    pub notice: Resource<Result<Option<Notice>, AppError>>,
    /// What the two-factor policy asks of the account, for the banner on every page.
    pub requirement: Resource<Result<Requirement, AppError>>,
}

/// Creates the auth state; call once inside the router (on the server: pages are rendered
/// there, only islands run in the browser). The account is read once per request: the page,
/// the header and the policy's banner share that one read.
pub fn provide_auth() {
    pick_up_form_error();
    let once = AccountOnce::default();
    provide_context(Auth {
        account: Resource::new(|| (), {
            let once = once.clone();
            move |()| once.clone().account()
        }),
        header_account: Resource::new(|| (), {
            let once = once.clone();
            move |()| once.clone().account()
        }),
        notice: Resource::new(|| (), |()| take_notice()),
        requirement: Resource::new(|| (), move |()| once.clone().requirement()),
    });
}

/// The signed-in account, read at most once for the request that renders a page (on the
/// server; where nothing is shared, each call reads it).
#[derive(Clone, Default)]
struct AccountOnce {
    #[cfg(feature = "ssr")]
    read: std::sync::Arc<tokio::sync::OnceCell<Result<Option<AccountView>, AppError>>>,
}

impl AccountOnce {
    async fn account(self) -> Result<Option<AccountView>, AppError> {
        #[cfg(feature = "ssr")]
        return self.read.get_or_init(current_account).await.clone();
        #[cfg(not(feature = "ssr"))]
        current_account().await
    }

    /// What the two-factor policy asks of the account (`Optional` when nobody is signed in).
    async fn requirement(self) -> Result<Requirement, AppError> {
        Ok(self
            .account()
            .await?
            .map_or(Requirement::Optional, |account| account.requirement))
    }
}

pub fn use_auth() -> Auth {
    expect_context::<Auth>()
}

/// Without JavaScript, a failed form post comes back as `?__path=…&__err=…`; the form's action
/// picks the error up from this context when it is created, so that the page shows it. The
/// page (on the server) and each island with a form (in the browser) call this.
pub fn pick_up_form_error() {
    #[cfg(feature = "ssr")]
    let found = use_query_map().with_untracked(|q| (q.get("__path"), q.get("__err")));
    #[cfg(not(feature = "ssr"))]
    let found = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|search| web_sys::UrlSearchParams::new_with_str(&search).ok())
        .map_or((None, None), |q| (q.get("__path"), q.get("__err")));
    if let (Some(path), Some(err)) = found {
        provide_context(ServerActionError::new(&path, &err));
    }
}

/// The error of `action`'s last call, if it failed: what a form shows.
pub fn last_error<S>(action: FormAction<S>) -> Signal<Option<AppError>>
where
    S: ServerFn<Error = AppError> + Clone + Send + Sync + 'static,
    S::Output: Clone + Send + Sync + 'static,
{
    Signal::derive(move || action.value().get().and_then(Result::err))
}
