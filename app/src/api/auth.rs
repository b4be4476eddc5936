//! Client-side auth state shared by the header and the pages: the account actions and the
//! current account, refetched whenever one of the actions completes.

use leptos::{prelude::*, server::ServerActionError};
use leptos_router::hooks::use_query_map;

use super::{
    AccountView,
    account::{ChangePassword, LogIn, LogOut, SignUp, VerifyLogin, current_account},
};
use crate::error::AppError;

#[derive(Clone, Copy)]
pub struct Auth {
    pub log_in: ServerAction<LogIn>,
    pub verify_login: ServerAction<VerifyLogin>,
    pub sign_up: ServerAction<SignUp>,
    pub log_out: ServerAction<LogOut>,
    pub change_password: ServerAction<ChangePassword>,
    /// The signed-in account, for pages.
    pub account: Resource<Result<Option<AccountView>, AppError>>,
    /// The same, for the header. Each resource is read under one Suspense boundary only:
    /// one resource read under two boundaries can leave a server-rendered page unfinished
    /// (leptos#4851).
    pub header_account: Resource<Result<Option<AccountView>, AppError>>,
}

/// Creates the auth state; call once inside the router.
pub fn provide_auth() {
    // Without JavaScript, a failed form post comes back as `?__path=…&__err=…`; the actions pick
    // the error up from this context when they are created (the router provides it only later).
    let query = use_query_map();
    if let (Some(path), Some(err)) = query.with_untracked(|q| (q.get("__path"), q.get("__err"))) {
        provide_context(ServerActionError::new(&path, &err));
    }
    let log_in = ServerAction::<LogIn>::new();
    let verify_login = ServerAction::<VerifyLogin>::new();
    let sign_up = ServerAction::<SignUp>::new();
    let log_out = ServerAction::<LogOut>::new();
    let change_password = ServerAction::<ChangePassword>::new();
    let versions = move || {
        (
            log_in.version().get(),
            verify_login.version().get(),
            sign_up.version().get(),
            log_out.version().get(),
        )
    };
    // The "backup code used" notice belongs to that login only.
    Effect::watch(
        move || log_out.version().get(),
        move |_, _, _| verify_login.clear(),
        false,
    );
    let account = Resource::new(versions, |_| current_account());
    let header_account = Resource::new(versions, |_| current_account());
    provide_context(Auth {
        log_in,
        verify_login,
        sign_up,
        log_out,
        change_password,
        account,
        header_account,
    });
}

pub fn use_auth() -> Auth {
    expect_context::<Auth>()
}
