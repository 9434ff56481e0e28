//! `/sign-in`: email and password. The same answer and the same effort for
//! an unknown email, a wrong password and an account with no password
//! yet, so nobody can find out who has an account (ASVS 5.0 V6.3.8).

use crate::auth::{self, Client, Ended, PendingSignIn};
use crate::components::{Button, ErrorSummary, NotificationBanner, TextInput};
use crate::error::{AppError, Msg};
use crate::forms::{self, Fields, FormState};
use crate::i18n::t;
use crate::layout::{crumbs_home_then, Page};
use crate::pages::{loaded, PageCtx};
use crate::state::AppState;
use crate::ui::safe_return_path;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use leptos::prelude::*;
use sqlx::Row;
use tower_sessions::Session;

pub const FORM: &str = "sign-in";

#[derive(Clone, Debug, Default)]
pub struct SignInData {
    pub form: Option<FormState>,
    pub return_to: String,
    /// Why the last session ended, if it just did.
    pub ended: Option<Ended>,
    /// Whether input from a form is waiting for them after signing in.
    pub kept: bool,
    pub notice: Option<String>,
    /// Already signed in as this name.
    pub signed_in_as: Option<String>,
}

pub async fn load(ctx: PageCtx) -> Result<SignInData, AppError> {
    let session = ctx.session()?;
    let query = ctx
        .ui
        .path_and_query
        .split_once('?')
        .map(|(_, q)| q.to_string())
        .unwrap_or_default();
    let ret: Vec<(String, String)> = serde_urlencoded::from_str(&query).unwrap_or_default();
    let return_to = safe_return_path(
        ret.iter()
            .find(|(k, _)| k == "return")
            .map(|(_, v)| v.as_str()),
    );
    Ok(SignInData {
        form: forms::take_form(session, FORM).await?,
        return_to,
        ended: auth::take_ended(session).await,
        kept: auth::has_kept(session).await,
        notice: ctx.take_notice().await?,
        signed_in_as: ctx.viewer.as_ref().map(|v| v.display_name.clone()),
    })
}

#[component]
pub fn SignInPage() -> impl IntoView {
    loaded(
        load(PageCtx::current()),
        |data| view! { <SignInView data/> },
    )
}

#[component]
pub fn SignInView(data: SignInData) -> impl IntoView {
    let title = t("auth-sign-in-title");
    let form = data.form.clone().unwrap_or_default();
    let ended = data.ended.map(|e| match e {
        Ended::Idle => t("auth-ended-idle"),
        Ended::Absolute => t("auth-ended-absolute"),
        Ended::Elsewhere => t("auth-ended-elsewhere"),
    });
    view! {
        <Page title=title.clone() crumbs=crumbs_home_then(title.clone()) has_errors=form.has_errors()>
            <ErrorSummary errors=form.errors.clone()/>
            {data.notice.map(|id| view! { <NotificationBanner text=t(&id) success=true/> })}
            {ended.map(|text| view! { <NotificationBanner text=text/> })}
            {data.kept.then(|| view! { <NotificationBanner text=t("auth-kept-input")/> })}
            <h1 class="cw-heading-l">{title}</h1>
            {data.signed_in_as.map(|name| view! {
                <p class="cw-body">{crate::i18n::t_args("auth-already-signed-in", &[("name", name.into())])}</p>
            })}
            <form method="post" action="/sign-in" novalidate=true>
                <input type="hidden" name="return" value=data.return_to.clone()/>
                <TextInput name="email" label=t("auth-email-label") input_type="email" autocomplete="username"
                    value=form.v("email") error=form.error_text("email") inputmode="email"/>
                <TextInput name="password" label=t("auth-password-label") input_type="password"
                    autocomplete="current-password" error=form.error_text("password")/>
                <Button text=t("auth-sign-in-button")/>
            </form>
            <p class="cw-body"><a href="/password/forgot">{t("auth-forgot-link")}</a></p>
            <h2 class="cw-heading-m">{t("auth-no-account-heading")}</h2>
            <p class="cw-body">{t("auth-no-account-body")}</p>
            <p class="cw-body cw-hint">{t("auth-timeout-notice")}</p>
        </Page>
    }
}

/// `POST /sign-in`.
pub async fn submit(
    State(state): State<AppState>,
    session: Session,
    Client(meta): Client,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> Response {
    let f = Fields(fields);
    let return_to = safe_return_path(Some(f.get("return")));
    let back = format!("/sign-in?return={}", crate::layout::urlencode(&return_to));
    let email = forms::normalise_email(&f.text("email", 320));
    let password = f.get("password").to_string();
    let mut form = FormState::new(FORM);
    form.values.insert("email".into(), f.text("email", 320));
    if email.is_empty() {
        form.push("email", Msg("auth-error-email-empty"));
    }
    if password.is_empty() {
        form.push("password", Msg("auth-error-password-missing"));
    }
    if form.has_errors() {
        return forms::fail(&session, &form, &back).await;
    }
    if let Err(wait) = state.throttle.attempt(&meta.ip, &email) {
        tracing::warn!(origin = %meta.origin, "sign-in throttled");
        form.errors.push(
            forms::FieldError::new("email", Msg("auth-error-throttled")).with_count(wait.minutes),
        );
        return forms::fail(&session, &form, &back).await;
    }
    let row =
        match sqlx::query("SELECT id, password_hash, totp_secret FROM account WHERE email = $1")
            .bind(&email)
            .fetch_optional(state.db.reader())
            .await
        {
            Ok(r) => r,
            Err(e) => return AppError::from(e).into_response(),
        };
    let (id, hash, totp) = match &row {
        Some(r) => (
            r.try_get::<i64, _>("id").ok(),
            r.try_get::<Option<String>, _>("password_hash")
                .ok()
                .flatten(),
            r.try_get::<Option<String>, _>("totp_secret").ok().flatten(),
        ),
        None => (None, None, None),
    };
    // Always one full argon2 verification, against a dummy hash when there
    // is no account or no password.
    let ok = state.passwords.verify(hash, password).await;
    let Some(account_id) = id.filter(|_| ok) else {
        tracing::info!(origin = %meta.origin, "sign-in refused");
        form.push("email", Msg("auth-error-credentials"));
        return forms::fail(&session, &form, &back).await;
    };
    if totp.is_some() {
        let pending = PendingSignIn {
            account_id,
            started_at: state.clock.now(),
            return_to,
        };
        if let Err(e) = auth::set_pending(&session, pending).await {
            return AppError::from(e).into_response();
        }
        return forms::see_other("/sign-in/code");
    }
    finish(&state, &session, account_id, &meta, &return_to).await
}

/// Starts the session and goes where the person was heading (or home).
pub async fn finish(
    state: &AppState,
    session: &Session,
    account_id: i64,
    meta: &auth::ClientMeta,
    return_to: &str,
) -> Response {
    if let Err(e) = auth::start_session(state, session, account_id, meta).await {
        return e.into_response();
    }
    let next = if return_to == "/" || return_to.starts_with("/sign-in") {
        // Their home: found by the middleware on the next request.
        "/start".to_string()
    } else {
        return_to.to_string()
    };
    let mut res = forms::see_other(&next);
    super::apply_saved_settings(state, account_id, &mut res).await;
    res
}

/// `POST /sign-out`.
pub async fn sign_out(State(state): State<AppState>, session: Session) -> Response {
    match auth::sign_out(&state, &session).await {
        Ok(()) => forms::see_other("/signed-out"),
        Err(e) => e.into_response(),
    }
}

/// `/signed-out`.
#[component]
pub fn SignedOutPage() -> impl IntoView {
    let title = t("auth-signed-out-title");
    view! {
        <Page title=title.clone()>
            <h1 class="cw-heading-l">{title}</h1>
            <p class="cw-body">{t("auth-signed-out-body")}</p>
            <p class="cw-body"><a href="/sign-in">{t("auth-sign-in-again")}</a></p>
        </Page>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::components::test_support::*;

    #[test]
    fn the_form_uses_the_right_autocomplete_and_never_echoes_a_password() {
        let mut form = FormState::new(FORM);
        form.values
            .insert("email".into(), "<b>x</b>@example.org".into());
        form.push("email", Msg("auth-error-credentials"));
        let data = SignInData {
            form: Some(form),
            return_to: "/people/1".into(),
            ..Default::default()
        };
        let html = render(move || view! { <SignInView data/> });
        assert!(
            tag_with(
                &html,
                "input",
                &[r#"autocomplete="username""#, r#"type="email""#]
            ),
            "{html}"
        );
        assert!(
            tag_with(
                &html,
                "input",
                &[
                    r#"autocomplete="current-password""#,
                    r#"type="password""#,
                    r#"value="""#
                ]
            ),
            "{html}"
        );
        assert!(html.contains("&lt;b&gt;x&lt;/b&gt;@example.org"), "{html}");
        assert!(html.contains("cw-error-summary"), "{html}");
        assert!(!html.contains("onpaste"), "paste is never blocked");
    }

    #[test]
    fn a_timed_out_session_is_explained_and_kept_input_promised() {
        let data = SignInData {
            ended: Some(Ended::Idle),
            kept: true,
            ..Default::default()
        };
        let html = render(move || view! { <SignInView data/> });
        assert!(html.contains("30 minutes"), "{html}");
        assert!(html.contains("kept"), "{html}");
    }
}
