//! `/account/email`: change the email address. The new address must be
//! confirmed from a link sent to it; the old address is told afterwards.

use crate::auth::{tokens, Client, SignedIn};
use crate::components::{Button, Crumb, ErrorSummary, NotificationBanner, TextInput};
use crate::error::{AppError, Msg};
use crate::forms::{self, Fields, FormState};
use crate::i18n::{t, t_args};
use crate::layout::Page;
use crate::mail::Email;
use crate::pages::auth::{
    request_locale,
    reset::{usable_token, use_token},
};
use crate::pages::{loaded, PageCtx};
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use tower_sessions::Session;

pub const FORM: &str = "account-email";
pub const CONFIRM_LIFETIME: i64 = 24 * 60 * 60;

/// Home › Your account › this page.
pub fn account_crumbs(here: String) -> Vec<Crumb> {
    vec![
        Crumb::link(t("core-nav-home"), "/"),
        Crumb::link(t("account-title"), "/account"),
        Crumb::here(here),
    ]
}

#[derive(Clone, Debug, Default)]
pub struct EmailData {
    pub current: String,
    pub form: Option<FormState>,
    pub notice: Option<String>,
}

pub async fn load(ctx: PageCtx) -> Result<EmailData, AppError> {
    let v = ctx.viewer()?;
    Ok(EmailData {
        current: v.email.clone(),
        form: ctx.take_form(FORM).await?,
        notice: ctx.take_notice().await?,
    })
}

#[component]
pub fn EmailPage() -> impl IntoView {
    loaded(load(PageCtx::current()), |data| view! { <EmailView data/> })
}

#[component]
pub fn EmailView(data: EmailData) -> impl IntoView {
    let title = t("account-email-title");
    let form = data.form.unwrap_or_default();
    view! {
        <Page title=title.clone() crumbs=account_crumbs(title.clone()) has_errors=form.has_errors()>
            <ErrorSummary errors=form.errors.clone()/>
            {data.notice.map(|id| view! { <NotificationBanner text=t(&id) success=true/> })}
            <h1 class="cw-heading-l">{title}</h1>
            <p class="cw-body">{t_args("account-email-current", &[("email", data.current.into())])}</p>
            <form method="post" action="/account/email" novalidate=true>
                <TextInput name="new-email" label=t("account-new-email") hint=t("account-new-email-hint") input_type="email"
                    autocomplete="email" inputmode="email" value=form.v("new-email") error=form.error_text("new-email")/>
                <TextInput name="current-password" label=t("account-current-password") input_type="password"
                    autocomplete="current-password" error=form.error_text("current-password")/>
                <Button text=t("account-email-button")/>
            </form>
        </Page>
    }
}

/// `POST /account/email`.
pub async fn submit(
    State(state): State<AppState>,
    session: Session,
    SignedIn(v): SignedIn,
    Client(meta): Client,
    headers: HeaderMap,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> Response {
    let f = Fields(fields);
    let mut form = FormState::new(FORM);
    let new = form.email(&f, "new-email").unwrap_or_default();
    if new == v.email {
        form.push("new-email", Msg("account-error-email-same"));
    }
    if let Err(e) =
        super::check_current_password(&state, v.account_id, &meta.ip, f.get("current-password"))
            .await
    {
        form.errors.push(e);
    }
    if form.has_errors() {
        return forms::fail(&session, &form, "/account/email").await;
    }
    let token = tokens::new_token();
    let now = state.clock.now();
    let inserted = sqlx::query("INSERT INTO email_token (token_hash, purpose, email, account_id, created_by, created_at, expires_at) VALUES ($1, 'email_change', $2, $3, $3, $4, $5)")
        .bind(tokens::sha256_hex(&token))
        .bind(&new)
        .bind(v.account_id)
        .bind(now)
        .bind(now + CONFIRM_LIFETIME)
        .execute(state.db.writer())
        .await;
    if let Err(e) = inserted {
        return AppError::from(e).into_response();
    }
    let _ = state
        .mailer
        .send(
            &new,
            request_locale(&headers),
            Email::ConfirmEmail {
                link: format!("/account/email/confirm/{token}"),
            },
        )
        .await;
    forms::done(&session, Msg("account-email-sent"), "/account/email").await
}

#[derive(Clone, Debug, Default)]
pub struct ConfirmData {
    pub token: String,
    /// The new address, when the link is good and is this account's.
    pub new_email: Option<String>,
    pub form: Option<FormState>,
}

pub async fn load_confirm(ctx: PageCtx, token: String) -> Result<ConfirmData, AppError> {
    let v = ctx.viewer()?;
    let row = usable_token(&ctx.state, &token, &["email_change"]).await?;
    let new_email = row
        .filter(|r| r.account_id == Some(v.account_id))
        .map(|r| r.email);
    Ok(ConfirmData {
        form: ctx.take_form("email-confirm").await?,
        token,
        new_email,
    })
}

#[component]
pub fn EmailConfirmPage() -> impl IntoView {
    let token = use_params_map().with_untracked(|p| p.get("token").unwrap_or_default());
    loaded(
        load_confirm(PageCtx::current(), token),
        |data| view! { <EmailConfirmView data/> },
    )
}

#[component]
pub fn EmailConfirmView(data: ConfirmData) -> impl IntoView {
    let title = t("account-email-confirm-title");
    let form = data.form.unwrap_or_default();
    match data.new_email {
        None => view! {
            <Page title=title.clone()>
                <h1 class="cw-heading-l">{t("auth-link-invalid-title")}</h1>
                <p class="cw-body">{t("account-email-link-invalid")}</p>
                <p class="cw-body"><a href="/account/email">{t("account-email-try-again")}</a></p>
            </Page>
        }
        .into_any(),
        Some(email) => view! {
            <Page title=title.clone() has_errors=form.has_errors()>
                <ErrorSummary errors=form.errors.clone()/>
                <h1 class="cw-heading-l">{title.clone()}</h1>
                <p class="cw-body">{t_args("account-email-confirm-lead", &[("email", email.into())])}</p>
                <form method="post" action=format!("/account/email/confirm/{}", data.token)>
                    <Button text=t("account-email-confirm-button")/>
                </form>
            </Page>
        }
        .into_any(),
    }
}

/// `POST /account/email/confirm/{token}`.
pub async fn confirm(
    State(state): State<AppState>,
    session: Session,
    SignedIn(v): SignedIn,
    headers: HeaderMap,
    Path(token): Path<String>,
) -> Response {
    let back = format!("/account/email/confirm/{token}");
    let row = match usable_token(&state, &token, &["email_change"]).await {
        Ok(Some(r)) if r.account_id == Some(v.account_id) => r,
        Ok(_) => return forms::see_other(&back),
        Err(e) => return e.into_response(),
    };
    match use_token(&state, row.id).await {
        Ok(true) => {}
        Ok(false) => return forms::see_other(&back),
        Err(e) => return e.into_response(),
    }
    let r = sqlx::query("UPDATE account SET email = $1 WHERE id = $2")
        .bind(&row.email)
        .bind(v.account_id)
        .execute(state.db.writer())
        .await;
    match r {
        Ok(_) => {}
        Err(e)
            if e.as_database_error()
                .map(|d| d.is_unique_violation())
                .unwrap_or(false) =>
        {
            let mut form = FormState::new(FORM);
            form.push("new-email", Msg("account-error-email-taken"));
            return forms::fail(&session, &form, "/account/email").await;
        }
        Err(e) => return AppError::from(e).into_response(),
    }
    let _ = state
        .mailer
        .send(&v.email, request_locale(&headers), Email::EmailChanged)
        .await;
    forms::done(&session, Msg("account-email-done"), "/account").await
}
