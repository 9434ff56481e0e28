//! Settings a person controls: display (text size, theme, spacing, motion)
//! and language. Both work signed out, through cookies.

pub mod display;
pub mod language;

use crate::state::AppState;
use axum::routing::{get, post};

/// The form and action routes of this area (pages are leptos routes).
pub fn routes() -> axum::Router<AppState> {
    axum::Router::new()
        .route("/settings/display", post(display::save))
        .route("/settings/easy-read", post(display::easy_read))
        .route("/language/{tag}", get(language::switch))
}

/// A `Set-Cookie` value for a year-long preference cookie.
pub(crate) fn preference_cookie(name: &str, value: &str, secure: bool) -> String {
    let secure = if secure { "; Secure" } else { "" };
    format!("{name}={value}; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly{secure}")
}
