//! Password reset by an emailed, single-use link that expires after an
//! hour. Asking for a link says the same thing whether or not the email
//! has an account; the work happens after the answer is sent.

use super::request_locale;
use crate::auth::{password, tokens, Client};
use crate::components::{Button, ErrorSummary, NotificationBanner, TextInput};
use crate::error::{AppError, Msg};
use crate::forms::{self, Fields, FormState};
use crate::i18n::t;
use crate::layout::{crumbs_home_then, Page};
use crate::mail::Email;
use crate::pages::{loaded, PageCtx};
use crate::state::AppState;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use tower_sessions::Session;

pub const FORGOT_FORM: &str = "forgot";
pub const RESET_FORM: &str = "reset";
pub const LINK_LIFETIME: i64 = 60 * 60;

#[derive(Clone, Debug, Default)]
pub struct ForgotData {
    pub form: Option<FormState>,
    pub notice: Option<String>,
}

pub async fn load_forgot(ctx: PageCtx) -> Result<ForgotData, AppError> {
    Ok(ForgotData {
        form: ctx.take_form(FORGOT_FORM).await?,
        notice: ctx.take_notice().await?,
    })
}

#[component]
pub fn ForgotPage() -> impl IntoView {
    loaded(
        load_forgot(PageCtx::current()),
        |data| view! { <ForgotView data/> },
    )
}

#[component]
pub fn ForgotView(data: ForgotData) -> impl IntoView {
    let title = t("auth-forgot-title");
    let form = data.form.unwrap_or_default();
    view! {
        <Page title=title.clone() crumbs=crumbs_home_then(title.clone()) has_errors=form.has_errors()>
            <ErrorSummary errors=form.errors.clone()/>
            {data.notice.map(|id| view! { <NotificationBanner text=t(&id) success=true/> })}
            <h1 class="cw-heading-l">{title}</h1>
            <p class="cw-body">{t("auth-forgot-lead")}</p>
            <form method="post" action="/password/forgot" novalidate=true>
                <TextInput name="email" label=t("auth-email-label") input_type="email" autocomplete="username"
                    inputmode="email" value=form.v("email") error=form.error_text("email")/>
                <Button text=t("auth-forgot-button")/>
            </form>
        </Page>
    }
}

/// `POST /password/forgot`.
pub async fn request(
    State(state): State<AppState>,
    session: Session,
    Client(meta): Client,
    headers: HeaderMap,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> Response {
    let f = Fields(fields);
    let mut form = FormState::new(FORGOT_FORM);
    let Some(email) = form.email(&f, "email") else {
        return forms::fail(&session, &form, "/password/forgot").await;
    };
    if let Err(wait) = state.throttle.attempt(&meta.ip, &format!("reset:{email}")) {
        form.errors.push(
            forms::FieldError::new("email", Msg("auth-error-throttled")).with_count(wait.minutes),
        );
        return forms::fail(&session, &form, "/password/forgot").await;
    }
    let locale = request_locale(&headers);
    // After the answer: the same response time whether or not there is an
    // account to email.
    let st = state.clone();
    tokio::spawn(async move {
        if let Err(e) = send_reset(&st, &email, locale).await {
            tracing::error!(error = ?e, "password reset email failed");
        }
    });
    forms::done(&session, Msg("auth-forgot-sent"), "/password/forgot").await
}

async fn send_reset(
    state: &AppState,
    email: &str,
    locale: crate::i18n::Locale,
) -> Result<(), AppError> {
    let Some(account_id): Option<i64> =
        sqlx::query_scalar("SELECT id FROM account WHERE email = $1")
            .bind(email)
            .fetch_optional(state.db.reader())
            .await?
    else {
        return Ok(());
    };
    let token = tokens::new_token();
    let now = state.clock.now();
    sqlx::query("INSERT INTO email_token (token_hash, purpose, email, account_id, created_at, expires_at) VALUES ($1, 'reset', $2, $3, $4, $5)")
        .bind(tokens::sha256_hex(&token))
        .bind(email)
        .bind(account_id)
        .bind(now)
        .bind(now + LINK_LIFETIME)
        .execute(state.db.writer())
        .await?;
    state
        .mailer
        .send(
            email,
            locale,
            Email::PasswordReset {
                link: format!("/password/reset/{token}"),
            },
        )
        .await
        .map_err(AppError::internal)
}

/// A usable token's row: (token id, account id or None, email, purpose
/// fields). `None` for unknown, used or expired tokens.
pub async fn usable_token(
    state: &AppState,
    token: &str,
    purposes: &[&str],
) -> Result<Option<TokenRow>, AppError> {
    if !tokens::looks_like_token(token) {
        return Ok(None);
    }
    let row: Option<TokenRow> = sqlx::query_as(
        "SELECT id, purpose, email, account_id, role, practice_id, person_id, delegation_id, display_name \
         FROM email_token WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2",
    )
    .bind(tokens::sha256_hex(token))
    .bind(state.clock.now())
    .fetch_optional(state.db.reader())
    .await?;
    Ok(row.filter(|r| purposes.contains(&r.purpose.as_str())))
}

#[derive(Clone, Debug, sqlx::FromRow)]
pub struct TokenRow {
    pub id: i64,
    pub purpose: String,
    pub email: String,
    pub account_id: Option<i64>,
    pub role: Option<String>,
    pub practice_id: Option<i64>,
    pub person_id: Option<i64>,
    pub delegation_id: Option<i64>,
    pub display_name: Option<String>,
}

/// Marks a token used. False if someone else used it first (a double
/// submit): only one use ever succeeds.
pub async fn use_token(state: &AppState, id: i64) -> Result<bool, AppError> {
    let r = sqlx::query("UPDATE email_token SET used_at = $1 WHERE id = $2 AND used_at IS NULL")
        .bind(state.clock.now())
        .bind(id)
        .execute(state.db.writer())
        .await?;
    Ok(r.rows_affected() == 1)
}

#[derive(Clone, Debug, Default)]
pub struct ResetData {
    pub token: String,
    pub valid: bool,
    pub form: Option<FormState>,
}

pub async fn load_reset(ctx: PageCtx, token: String) -> Result<ResetData, AppError> {
    let valid = usable_token(&ctx.state, &token, &["reset"])
        .await?
        .is_some();
    Ok(ResetData {
        form: ctx.take_form(RESET_FORM).await?,
        token,
        valid,
    })
}

#[component]
pub fn ResetPage() -> impl IntoView {
    let token = use_params_map().with_untracked(|p| p.get("token").unwrap_or_default());
    loaded(
        load_reset(PageCtx::current(), token),
        |data| view! { <ResetView data/> },
    )
}

#[component]
pub fn ResetView(data: ResetData) -> impl IntoView {
    let title = t("auth-reset-title");
    let form = data.form.unwrap_or_default();
    if !data.valid {
        return view! {
            <Page title=title.clone()>
                <h1 class="cw-heading-l">{t("auth-link-invalid-title")}</h1>
                <p class="cw-body">{t("auth-link-invalid-body")}</p>
                <p class="cw-body"><a href="/password/forgot">{t("auth-reset-ask-again")}</a></p>
            </Page>
        }
        .into_any();
    }
    view! {
        <Page title=title.clone() has_errors=form.has_errors()>
            <ErrorSummary errors=form.errors.clone()/>
            <h1 class="cw-heading-l">{title}</h1>
            <form method="post" action=format!("/password/reset/{}", data.token) novalidate=true>
                <TextInput name="new-password" label=t("auth-new-password-label") hint=t("auth-new-password-hint")
                    input_type="password" autocomplete="new-password" error=form.error_text("new-password")/>
                <Button text=t("auth-reset-button")/>
            </form>
        </Page>
    }
    .into_any()
}

/// `POST /password/reset/{token}`.
pub async fn submit(
    State(state): State<AppState>,
    session: Session,
    Path(token): Path<String>,
    headers: HeaderMap,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> Response {
    let back = format!("/password/reset/{token}");
    let row = match usable_token(&state, &token, &["reset"]).await {
        Ok(Some(r)) => r,
        Ok(None) => return forms::see_other(&back),
        Err(e) => return e.into_response(),
    };
    let Some(account_id) = row.account_id else {
        return forms::see_other(&back);
    };
    let f = Fields(fields);
    let pw = f.get("new-password").to_string();
    let mut form = FormState::new(RESET_FORM);
    if let Err(m) = password::check_new_password(&pw, &row.email) {
        form.push("new-password", m);
        return forms::fail(&session, &form, &back).await;
    }
    let hash = match state.passwords.hash(pw).await {
        Ok(h) => h,
        Err(e) => return AppError::internal(e).into_response(),
    };
    match use_token(&state, row.id).await {
        Ok(true) => {}
        Ok(false) => return forms::see_other(&back),
        Err(e) => return e.into_response(),
    }
    if let Err(e) = set_password(&state, account_id, &hash, None).await {
        return e.into_response();
    }
    let _ = state
        .mailer
        .send(&row.email, request_locale(&headers), Email::PasswordChanged)
        .await;
    forms::done(&session, Msg("auth-reset-done"), "/sign-in").await
}

/// Stores a new password hash and ends every session but `keep`
/// (ASVS 5.0 V7.4.3).
pub async fn set_password(
    state: &AppState,
    account_id: i64,
    hash: &str,
    keep: Option<&str>,
) -> Result<(), AppError> {
    sqlx::query("UPDATE account SET password_hash = $1 WHERE id = $2")
        .bind(hash)
        .bind(account_id)
        .execute(state.db.writer())
        .await?;
    crate::auth::end_sessions(state, account_id, keep, "password_changed").await?;
    Ok(())
}
