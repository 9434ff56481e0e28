//! `/sign-in/code`: the second step, a code from an authenticator app or a
//! recovery code. Throttled like the password; a code is accepted once.

use crate::auth::{self, totp, Client};
use crate::components::{Button, ErrorSummary, TextInput};
use crate::error::{AppError, Msg};
use crate::forms::{self, Fields, FormState};
use crate::i18n::t;
use crate::layout::Page;
use crate::pages::{loaded, PageCtx};
use crate::state::AppState;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use leptos::prelude::*;
use tower_sessions::Session;

pub const FORM: &str = "sign-in-code";

#[derive(Clone, Debug, Default)]
pub struct CodeData {
    pub form: Option<FormState>,
    /// False when there is no password step waiting (or it expired).
    pub pending: bool,
}

pub async fn load(ctx: PageCtx) -> Result<CodeData, AppError> {
    let session = ctx.session()?;
    Ok(CodeData {
        form: forms::take_form(session, FORM).await?,
        pending: auth::pending(session, ctx.state.clock.now())
            .await
            .is_some(),
    })
}

#[component]
pub fn SignInCodePage() -> impl IntoView {
    loaded(
        load(PageCtx::current()),
        |data| view! { <SignInCodeView data/> },
    )
}

#[component]
pub fn SignInCodeView(data: CodeData) -> impl IntoView {
    let title = t("auth-code-title");
    let form = data.form.unwrap_or_default();
    if !data.pending {
        return view! {
            <Page title=title.clone()>
                <h1 class="cw-heading-l">{title}</h1>
                <p class="cw-body">{t("auth-code-expired")}</p>
                <p class="cw-body"><a href="/sign-in">{t("auth-sign-in-again")}</a></p>
            </Page>
        }
        .into_any();
    }
    view! {
        <Page title=title.clone() has_errors=form.has_errors()>
            <ErrorSummary errors=form.errors.clone()/>
            <form method="post" action="/sign-in/code" novalidate=true>
                <TextInput name="code" label=title.clone() label_is_heading=true hint=t("auth-code-hint")
                    autocomplete="one-time-code" inputmode="numeric" width="10" error=form.error_text("code")/>
                <Button text=t("auth-code-button")/>
            </form>
            <p class="cw-body"><a href="/sign-in">{t("auth-code-start-again")}</a></p>
        </Page>
    }
    .into_any()
}

/// `POST /sign-in/code`.
pub async fn submit(
    State(state): State<AppState>,
    session: Session,
    Client(meta): Client,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> Response {
    let f = Fields(fields);
    let now = state.clock.now();
    let Some(pending) = auth::pending(&session, now).await else {
        return forms::see_other("/sign-in/code");
    };
    let code = f.text("code", 40);
    let mut form = FormState::new(FORM);
    if code.is_empty() {
        form.push("code", Msg("auth-error-code-empty"));
        return forms::fail(&session, &form, "/sign-in/code").await;
    }
    if let Err(wait) = state
        .throttle
        .attempt(&meta.ip, &format!("code:{}", pending.account_id))
    {
        form.errors.push(
            forms::FieldError::new("code", Msg("auth-error-throttled")).with_count(wait.minutes),
        );
        return forms::fail(&session, &form, "/sign-in/code").await;
    }
    match check_code(&state, pending.account_id, &code, now).await {
        Ok(true) => {}
        Ok(false) => {
            form.push("code", Msg("auth-error-code-wrong"));
            return forms::fail(&session, &form, "/sign-in/code").await;
        }
        Err(e) => return e.into_response(),
    }
    super::sign_in::finish(
        &state,
        &session,
        pending.account_id,
        &meta,
        &pending.return_to,
    )
    .await
}

/// A TOTP code (recording its step, so it cannot be used again) or an
/// unused recovery code (marking it used). Both updates are conditional,
/// so two requests racing with one code cannot both win.
pub async fn check_code(
    state: &AppState,
    account_id: i64,
    code: &str,
    now: i64,
) -> Result<bool, AppError> {
    let (secret, last): (Option<String>, i64) =
        sqlx::query_as("SELECT totp_secret, totp_last_step FROM account WHERE id = $1")
            .bind(account_id)
            .fetch_one(state.db.reader())
            .await?;
    let Some(secret) = secret else {
        return Ok(false);
    };
    if let Some(step) = totp::verify(&secret, code, now, last) {
        let r = sqlx::query(
            "UPDATE account SET totp_last_step = $1 WHERE id = $2 AND totp_last_step < $1",
        )
        .bind(step)
        .bind(account_id)
        .execute(state.db.writer())
        .await?;
        return Ok(r.rows_affected() == 1);
    }
    if totp::looks_like_recovery_code(code) {
        let r = sqlx::query("UPDATE recovery_code SET used_at = $1 WHERE account_id = $2 AND code_hash = $3 AND used_at IS NULL")
            .bind(now)
            .bind(account_id)
            .bind(totp::recovery_hash(code))
            .execute(state.db.writer())
            .await?;
        return Ok(r.rows_affected() == 1);
    }
    Ok(false)
}
