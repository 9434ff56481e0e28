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
    /// The database could not be reached just now (restarting, or every
    /// connection busy past the pool's acquire timeout). People are asked
    /// to try again in a few seconds; nothing they saved is lost.
    Unavailable(String),
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
            AppError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
        }
    }
}

/// Whether a database error means "the database is not there just now"
/// rather than a fault in Careway: no connection within the acquire
/// timeout, a dropped or refused connection, or PostgreSQL shutting down
/// or starting up (SQLSTATE classes 08 and 57P).
pub fn is_unavailable(e: &sqlx::Error) -> bool {
    match e {
        sqlx::Error::PoolTimedOut | sqlx::Error::PoolClosed | sqlx::Error::Io(_) | sqlx::Error::WorkerCrashed => true,
        sqlx::Error::Database(d) => d
            .code()
            .is_some_and(|c| c.starts_with("08") || c.starts_with("57P")),
        // The Any driver reports a connection that went away mid-query
        // this way.
        sqlx::Error::Protocol(m) => m.contains("connection") || m.contains("closed"),
        _ => false,
    }
}

/// The Fluent ids of the page shown for a server-side failure.
fn failure_ids(status: axum::http::StatusCode) -> (&'static str, &'static str) {
    if status == axum::http::StatusCode::SERVICE_UNAVAILABLE {
        ("core-unavailable-title", "core-unavailable-body")
    } else {
        ("core-internal-title", "core-internal-body")
    }
}

/// Marks a response whose body is only a short text, so the server can
/// give it the whole friendly page in the reader's language.
pub const PLAIN_ERROR_HEADER: &str = "x-careway-plain-error";

/// Text made safe to put between HTML tags or inside a double-quoted
/// attribute, for the few pages written as a string rather than by Leptos
/// (this failure page and the plan's download).
pub fn escape_html(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// A complete, friendly HTML page for a failure that happened before (or
/// instead of) rendering: no detail, the reader's language, Careway's own
/// stylesheet, a link home. Served with `Retry-After` when the database is
/// away.
pub fn failure_page(locale: crate::i18n::Locale, status: axum::http::StatusCode) -> axum::response::Response {
    use axum::http::header;
    use axum::response::IntoResponse;
    let (title, body) = failure_ids(status);
    let tr = |id: &str| escape_html(&crate::i18n::tr(locale, id));
    let html = format!(
        "<!DOCTYPE html><html lang=\"{lang}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{title}</title><link rel=\"stylesheet\" href=\"{css}\"></head>\
         <body><div class=\"cw-width-container\"><main id=\"main-content\" class=\"cw-main\"><h1 class=\"cw-heading-l\">{title}</h1>\
         <p class=\"cw-body\">{body}</p><p class=\"cw-body\"><a href=\"/\">{home}</a></p></main></div></body></html>",
        lang = locale.tag(),
        title = tr(title),
        css = crate::assets::css_href(),
        body = tr(body),
        home = tr("core-go-home"),
    );
    let mut res = (
        status,
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        html,
    )
        .into_response();
    if status == axum::http::StatusCode::SERVICE_UNAVAILABLE {
        res.headers_mut()
            .insert(header::RETRY_AFTER, axum::http::HeaderValue::from_static("5"));
    }
    res
}

impl From<sqlx::Error> for AppError {
    fn from(e: sqlx::Error) -> Self {
        if is_unavailable(&e) {
            tracing::warn!(error = %e, "database unavailable");
            AppError::Unavailable(e.to_string())
        } else {
            AppError::internal(e)
        }
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
            AppError::Unavailable(_) => "core-unavailable-title",
        };
        let mut res = (
            self.status(),
            [(axum::http::header::CACHE_CONTROL, "no-store")],
            crate::i18n::tr(crate::i18n::Locale::EnGb, id),
        )
            .into_response();
        // The server's `friendly_errors` layer turns this into the whole
        // page in the reader's language.
        res.headers_mut()
            .insert(PLAIN_ERROR_HEADER, axum::http::HeaderValue::from_static("1"));
        res
    }
}
