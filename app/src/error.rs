//! The one error type. Internal detail is logged; people see a translated,
//! friendly page (see `pages::errors`).

/// A Fluent message id held in data (for example a field error).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Msg(pub &'static str);

#[derive(Debug)]
pub enum AppError {
    /// Not signed in: the page sends them to sign in.
    Unauthorised,
    /// Signed in, but this record is not theirs to see.
    Forbidden,
    NotFound,
    /// The request itself was malformed (for example a broken upload).
    BadRequest,
    /// Something broke. The detail goes to the log, never to the page.
    Internal(String),
}

impl AppError {
    pub fn internal(e: impl std::fmt::Display) -> Self {
        let detail = e.to_string();
        tracing::error!(error = %detail, "internal error");
        AppError::Internal(detail)
    }

    pub fn status(&self) -> axum::http::StatusCode {
        use axum::http::StatusCode;
        match self {
            AppError::Unauthorised => StatusCode::UNAUTHORIZED,
            AppError::Forbidden => StatusCode::FORBIDDEN,
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::BadRequest => StatusCode::BAD_REQUEST,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

impl From<sqlx::Error> for AppError {
    fn from(e: sqlx::Error) -> Self {
        AppError::internal(e)
    }
}

impl From<tower_sessions::session::Error> for AppError {
    fn from(e: tower_sessions::session::Error) -> Self {
        AppError::internal(e)
    }
}

impl axum::response::IntoResponse for AppError {
    /// For form posts: the status, with a short translated explanation.
    fn into_response(self) -> axum::response::Response {
        let id = match self {
            AppError::NotFound => "core-not-found-title",
            AppError::BadRequest => "core-bad-request-title",
            AppError::Forbidden => "core-forbidden-title",
            AppError::Unauthorised => "core-unauthorised-title",
            AppError::Internal(_) => "core-internal-title",
        };
        (
            self.status(),
            [(axum::http::header::CACHE_CONTROL, "no-store")],
            crate::i18n::tr(crate::i18n::Locale::EnGb, id),
        )
            .into_response()
    }
}
