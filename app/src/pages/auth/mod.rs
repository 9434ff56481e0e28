//! Signing in and out, the second step, password reset and accepting an
//! invitation. All public pages; everything else needs a signed-in account.

pub mod invitation;
pub mod reset;
pub mod sign_in;
pub mod two_step_code;

use crate::i18n::Locale;
use crate::state::AppState;
use crate::ui::{cookie, LANG_COOKIE, PREFS_COOKIE};
use axum::http::{header, HeaderMap};
use axum::response::Response;
use axum::routing::{get, post};

pub fn routes() -> axum::Router<AppState> {
    axum::Router::new()
        .route("/sign-in", post(sign_in::submit))
        .route("/sign-in/code", post(two_step_code::submit))
        .route("/sign-out", post(sign_in::sign_out))
        .route("/password/forgot", post(reset::request))
        .route("/password/reset/{token}", post(reset::submit))
        .route("/invitation/{token}", post(invitation::accept))
        .route(
            "/start",
            get(
                |crate::auth::SignedIn(v): crate::auth::SignedIn| async move {
                    crate::forms::see_other(&v.home_path())
                },
            ),
        )
        // A GET to an action address (a bookmark, a refresh) goes to its page.
        .route("/sign-out", get(|| async { crate::forms::see_other("/") }))
}

/// The language of this request (for emails it triggers).
pub fn request_locale(headers: &HeaderMap) -> Locale {
    Locale::negotiate(
        cookie(headers, LANG_COOKIE),
        headers
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok()),
    )
}

/// After sign-in: set the language and display cookies from the account's
/// saved settings, so they follow the person to any device.
pub(crate) async fn apply_saved_settings(state: &AppState, account_id: i64, res: &mut Response) {
    let row: Option<(Option<String>, Option<String>)> =
        sqlx::query_as("SELECT locale, display_prefs FROM account WHERE id = $1")
            .bind(account_id)
            .fetch_optional(state.db.reader())
            .await
            .ok()
            .flatten();
    let secure = state.config.is_https();
    if let Some((locale, display)) = row {
        if let Some(l) = locale.as_deref().and_then(Locale::from_tag) {
            let c = crate::pages::settings::preference_cookie(LANG_COOKIE, l.tag(), secure);
            res.headers_mut()
                .append(header::SET_COOKIE, c.parse().expect("ascii"));
        }
        if let Some(d) = display {
            let prefs = crate::ui::DisplayPrefs::from_cookie_value(&d);
            let c = crate::pages::settings::preference_cookie(
                PREFS_COOKIE,
                &prefs.to_cookie_value(),
                secure,
            );
            res.headers_mut()
                .append(header::SET_COOKIE, c.parse().expect("ascii"));
        }
    }
}
