//! The language switcher's target: remembers the choice in a cookie and
//! goes back to the page the person was on.

use super::preference_cookie;
use crate::i18n::Locale;
use crate::state::AppState;
use crate::ui::{safe_return_path, LANG_COOKIE};
use axum::extract::{Path, Query, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

#[derive(Deserialize)]
pub struct Back {
    #[serde(rename = "return")]
    back: Option<String>,
}

/// `GET /language/{tag}?return=/path`: an unknown language is a 404, and
/// the return path must be on this site.
pub async fn switch(State(state): State<AppState>, Path(tag): Path<String>, Query(q): Query<Back>) -> Response {
    let Some(locale) = Locale::ALL.into_iter().find(|l| l.tag().eq_ignore_ascii_case(&tag)) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let to = safe_return_path(q.back.as_deref());
    (
        StatusCode::SEE_OTHER,
        [
            (header::LOCATION, to),
            (header::SET_COOKIE, preference_cookie(LANG_COOKIE, locale.tag(), state.config.is_https())),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ],
    )
        .into_response()
}
