//! "Your account": details, password, email, two-step sign-in, sessions.
//! Language and display settings (pages::settings) are saved to the
//! account too when someone is signed in.

pub mod email;
pub mod overview;
pub mod password;
pub mod sessions;
pub mod two_step;

use crate::state::AppState;
use axum::routing::post;

pub fn routes() -> axum::Router<AppState> {
    axum::Router::new()
        .route("/account/password", post(password::submit))
        .route("/account/email", post(email::submit))
        .route("/account/email/confirm/{token}", post(email::confirm))
        .route("/account/two-step", post(two_step::submit))
        .route("/account/sessions/end", post(sessions::end_one))
        .route("/account/sessions/end-others", post(sessions::end_others))
        .route("/account/language", post(save_language))
        .route("/account/message-emails", post(save_message_emails))
}

/// `POST /account/message-emails`: "You have a new message" emails on or
/// off.
pub async fn save_message_emails(
    axum::extract::State(state): axum::extract::State<AppState>,
    session: tower_sessions::Session,
    crate::auth::SignedIn(v): crate::auth::SignedIn,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    let f = crate::forms::Fields(fields);
    let on = match f.get("message-emails") {
        "on" => 1i64,
        "off" => 0,
        _ => {
            let mut form = crate::forms::FormState::new(overview::MESSAGE_EMAILS_FORM);
            form.push("message-emails", crate::error::Msg("account-message-emails-error"));
            return crate::forms::fail(&session, &form, "/account").await;
        }
    };
    if let Err(e) = sqlx::query("UPDATE account SET message_emails = $1 WHERE id = $2")
        .bind(on)
        .bind(v.account_id)
        .execute(state.db.writer())
        .await
    {
        return crate::error::AppError::from(e).into_response();
    }
    crate::forms::done(&session, crate::error::Msg("account-message-emails-saved"), "/account").await
}

/// Checks the current password for a change to the account, throttled like
/// sign-in (so it cannot be used to guess the password).
pub(crate) async fn check_current_password(
    state: &AppState,
    account_id: i64,
    ip: &str,
    typed: &str,
) -> Result<(), crate::forms::FieldError> {
    use crate::error::Msg;
    use crate::forms::FieldError;
    if typed.is_empty() {
        return Err(FieldError::new(
            "current-password",
            Msg("account-error-current-empty"),
        ));
    }
    if let Err(w) = state.throttle.attempt(ip, &format!("account:{account_id}")) {
        return Err(
            FieldError::new("current-password", Msg("auth-error-throttled")).with_count(w.minutes),
        );
    }
    let hash: Option<String> =
        sqlx::query_scalar("SELECT password_hash FROM account WHERE id = $1")
            .bind(account_id)
            .fetch_optional(state.db.reader())
            .await
            .ok()
            .flatten()
            .flatten();
    if state.passwords.verify(hash, typed.to_string()).await {
        Ok(())
    } else {
        Err(FieldError::new(
            "current-password",
            Msg("account-error-current-wrong"),
        ))
    }
}

/// `POST /account/language`: the language saved to the account (used at
/// sign-in on any device). Also switches this browser now.
pub async fn save_language(
    axum::extract::State(state): axum::extract::State<AppState>,
    session: tower_sessions::Session,
    crate::auth::SignedIn(v): crate::auth::SignedIn,
    axum::Form(fields): axum::Form<Vec<(String, String)>>,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    let f = crate::forms::Fields(fields);
    let Some(locale) = crate::i18n::Locale::from_tag(f.get("language")) else {
        let mut form = crate::forms::FormState::new(overview::LANGUAGE_FORM);
        form.push("language", crate::error::Msg("account-error-language"));
        return crate::forms::fail(&session, &form, "/account").await;
    };
    if let Err(e) = sqlx::query("UPDATE account SET locale = $1 WHERE id = $2")
        .bind(locale.tag())
        .bind(v.account_id)
        .execute(state.db.writer())
        .await
    {
        return crate::error::AppError::from(e).into_response();
    }
    let mut res = crate::forms::done(
        &session,
        crate::error::Msg("account-language-saved"),
        "/account",
    )
    .await;
    let c = crate::pages::settings::preference_cookie(
        crate::ui::LANG_COOKIE,
        locale.tag(),
        state.config.is_https(),
    );
    res.headers_mut()
        .append(axum::http::header::SET_COOKIE, c.parse().expect("ascii"));
    res
}
