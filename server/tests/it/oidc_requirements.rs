//! What an application asks of a sign-in: one registered with `--require two-factor` takes an
//! account without it to the settings to turn it on, then back to the application; one that
//! requires a key asks for one on Twofold's page (refused for an account without one). The
//! deployment's policy applies to every application the same way.

use domain::{factor::AuthenticatorSetup, policy::RequiredOf};
use server::services::operator::By;

use crate::common::{
    PASSWORD, code_at,
    oidc::{EMAIL, Provider, provider},
    relying_party::{RelyingParty, Started, answer},
    run,
};

async fn requiring(requirement: &str) -> (Provider, RelyingParty) {
    let p = provider(false).await;
    sqlx::query(&format!(
        "UPDATE applications SET requirement = '{requirement}'"
    ))
    .execute(&p.app.pool)
    .await
    .unwrap();
    let rp = RelyingParty::of(&p).await;
    (p, rp)
}

#[test]
fn an_account_without_two_factor_turns_it_on_first_then_goes_back() {
    run(async {
        let (mut p, rp) = requiring("two-factor").await;
        let none = rp.start(&[], &[("prompt", "none")]);
        let params = answer(p.app.get(&none.path).await.location().unwrap());
        assert_eq!(params["error"], "interaction_required");

        let started = rp.start(&["email"], &[]);
        let reply = p.app.get(&started.path).await;
        assert_eq!(reply.location(), Some("/settings"));
        let page = p.app.get("/settings").await;
        assert!(page.body.contains("data-testid=\"set-up-for-application\""));
        assert!(
            !page.body.contains("back-to-application"),
            "not before it is on"
        );

        turn_two_factor_on(&mut p).await;
        back_to_the_application(&mut p, &rp, &started).await;
    });
}

/// Turns two-factor on as the settings page does.
async fn turn_two_factor_on(p: &mut Provider) {
    let reply = p
        .app
        .call("start-two-factor", &[("current_password", PASSWORD)])
        .await;
    let setup: AuthenticatorSetup = serde_json::from_str(&reply.body).unwrap();
    let mailed = p.app.mailed_code(EMAIL).await;
    let code = code_at(&setup.manual_key, server::storage::now());
    let reply = p
        .app
        .call(
            "confirm-two-factor",
            &[("code", &code), ("mailed_code", &mailed)],
        )
        .await;
    assert_eq!(reply.status, 200, "{}", reply.body);
}

/// Follows the settings page's way back to the application: a code for `started`.
async fn back_to_the_application(p: &mut Provider, rp: &RelyingParty, started: &Started) {
    let page = p.app.get("/settings").await;
    let back = page
        .body
        .split("href=\"")
        .find(|s| s.starts_with("/oauth2/authorize/continue?request="))
        .and_then(|s| s.split('"').next())
        .expect("the way back to the application")
        .to_owned();
    let reply = p.app.get(&back).await;
    rp.code_in(reply.location().unwrap(), started);
}

#[test]
fn the_deployments_policy_applies_to_every_application_and_leads_back_too() {
    run(async {
        let (mut p, rp) = requiring("signed-in").await;
        p.app
            .operator()
            .set_policy(RequiredOf::Everyone, 0, &By::operator("ops"))
            .await
            .unwrap();
        let started = rp.start(&[], &[]);
        let reply = p.app.get(&started.path).await;
        assert_eq!(reply.location(), Some("/settings"));
        turn_two_factor_on(&mut p).await;
        back_to_the_application(&mut p, &rp, &started).await;
    });
}

#[test]
fn an_application_that_requires_a_key_refuses_an_account_without_one() {
    run(async {
        let (mut p, rp) = requiring("key").await;
        // No key to ask for: refused, whatever the prompt (an account with one is asked on
        // Twofold's page, end2end/tests/applications.spec.ts).
        for extra in [&[][..], &[("prompt", "none")][..]] {
            let started = rp.start(&[], extra);
            let params = answer(p.app.get(&started.path).await.location().unwrap());
            assert_eq!(params["error"], "access_denied");
        }
        // Without a request waiting for a key, the page says the request is gone.
        let page = p.app.get("/authorize/key?request=nothing").await;
        assert!(page.body.contains("data-testid=\"refused-reason\""));
        // And a key's answer for no waiting request is refused before any key is checked.
        let reply = p
            .app
            .call(
                "step-up-key",
                &[("request", "nothing"), ("key_response", "{}")],
            )
            .await;
        assert_ne!(reply.status, 200);
    });
}
