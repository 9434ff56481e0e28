//! Careway's server wiring: state, sessions, security headers,
//! compression, static assets, health check and the Leptos routes.
//! Business logic lives in `app`; this crate only connects things.

use app::{config::Config, data::session_store::DbSessionStore, data::Db, state::AppState, App};
use axum::{
    body::Body,
    extract::{DefaultBodyLimit, Request, State},
    http::{header, HeaderValue, Method, StatusCode},
    middleware::{self, Next},
    response::{IntoResponse, Response},
    routing::get,
    Router,
};
use leptos_axum::{generate_route_list, LeptosRoutes};
use tower_http::{
    compression::{
        predicate::{DefaultPredicate, NotForContentType, Predicate},
        CompressionLayer,
    },
    trace::TraceLayer,
};
use tower_sessions::{cookie::SameSite, Expiry, SessionManagerLayer};

/// mimalloc rather than the system allocator: a page render allocates
/// thousands of small strings, and glibc's malloc spent about a sixth of
/// the plan page's CPU on them (README, "Performance and scale").
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Form posts are small; uploads (receipts, message files) have their own,
/// larger limits on their routes.
const FORM_BODY_LIMIT: usize = 64 * 1024;

/// Connects to the database, runs the migrations and, when asked, seeds
/// the demo data.
pub async fn prepare(config: Config) -> Result<AppState, Box<dyn std::error::Error + Send + Sync>> {
    let db = Db::connect(&config.database_url).await?;
    db.migrate().await?;
    let state = AppState::new(db, config)?;
    if state.config.demo && app::data::seed::seed_if_empty(&state.db, &state.passwords).await? {
        app::data::seed::store_demo_receipts(&state.db, &state.storage).await?;
        app::data::seed::store_demo_media(&state.db, &state.storage).await?;
        tracing::info!("seeded demo data");
    }
    if state.config.demo {
        // The demo clips in every BSL slot without a real recording (the
        // demo's storage may be new even when its database is not).
        app::bsl::store_demo(&state.db, &state.storage, state.clock.now()).await?;
    }
    Ok(state)
}

/// The whole application router.
pub fn router(state: AppState) -> Router {
    let leptos_options = app::leptos_options();
    let routes = generate_route_list(App);
    // Over TLS the cookie gets the `__Host-` prefix: Secure, Path=/, no
    // Domain, so no other host can set or read it (ASVS 5.0 V3.3.1). The
    // record lives 12 hours past the last request; the 30-minute idle and
    // 12-hour absolute limits are enforced by `app::auth`, on Careway's
    // own clock.
    let https = state.config.is_https();
    let sessions = SessionManagerLayer::new(DbSessionStore::new(state.db.clone()))
        .with_name(if https {
            "__Host-careway_session"
        } else {
            "careway_session"
        })
        .with_secure(https)
        .with_http_only(true)
        .with_path("/")
        .with_same_site(SameSite::Strict)
        .with_expiry(Expiry::OnInactivity(time::Duration::hours(12)));
    let ctx_state = state.clone();
    let hsts = state.config.is_https();

    Router::new()
        .leptos_routes_with_context(
            &state,
            routes,
            move || leptos::prelude::provide_context(ctx_state.clone()),
            {
                let opts = leptos_options.clone();
                move || app::shell(opts.clone())
            },
        )
        .merge(app::form_routes())
        .route("/healthz", get(healthz))
        .route("/assets/{name}", get(stylesheet))
        // Anything else is rendered by the router's fallback: the 404 page.
        .fallback(leptos_axum::render_app_async_with_context(
            {
                let s = state.clone();
                move || leptos::prelude::provide_context(s.clone())
            },
            {
                let opts = leptos_options.clone();
                move || app::shell(opts.clone())
            },
        ))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            app::auth::authenticate,
        ))
        .layer(sessions)
        .layer(middleware::from_fn(same_origin_posts))
        .layer(middleware::from_fn(friendly_errors))
        .layer(middleware::from_fn(no_script))
        .layer(DefaultBodyLimit::max(FORM_BODY_LIMIT))
        .layer(middleware::from_fn(move |req, next| {
            security_headers(hsts, req, next)
        }))
        // Video is compressed already, and compressing it would take away
        // the byte ranges a player needs to seek.
        .layer(CompressionLayer::new().compress_when(
            DefaultPredicate::new().and(NotForContentType::const_new("video/")),
        ))
        .layer(TraceLayer::new_for_http())
        .with_state(state)
}

/// The `name=value` pair of Careway's session cookie (plain-HTTP name)
/// among a response's `Set-Cookie` header values, for clients that sign
/// in over HTTP: the benchmark binary and the integration tests.
pub fn session_cookie<'a>(set_cookies: impl IntoIterator<Item = &'a HeaderValue>) -> Option<String> {
    set_cookies
        .into_iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with("careway_session="))
        .and_then(|c| c.split(';').next())
        .map(str::to_string)
}

/// `GET /healthz`: 200 when the database answers, 503 when it does not.
async fn healthz(State(state): State<AppState>) -> Response {
    match state.db.ping().await {
        Ok(()) => (StatusCode::OK, [(header::CACHE_CONTROL, "no-store")], "ok").into_response(),
        Err(e) => {
            tracing::error!(error = %e, "health check: database unreachable");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                [(header::CACHE_CONTROL, "no-store")],
                "database unavailable",
            )
                .into_response()
        }
    }
}

/// Serves the stylesheet under its content-hashed name, cached for a year,
/// with an ETag for revalidation.
async fn stylesheet(
    axum::extract::Path(name): axum::extract::Path<String>,
    headers: axum::http::HeaderMap,
) -> Response {
    let css = &*app::assets::CSS;
    if name != format!("careway.{}.css", css.hash) {
        return StatusCode::NOT_FOUND.into_response();
    }
    let etag = format!("\"{}\"", css.hash);
    if headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        == Some(etag.as_str())
    {
        return (StatusCode::NOT_MODIFIED, [(header::ETAG, etag)]).into_response();
    }
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8".to_string()),
            (
                header::CACHE_CONTROL,
                "public, max-age=31536000, immutable".to_string(),
            ),
            (header::ETAG, etag),
        ],
        css.body.clone(),
    )
        .into_response()
}

/// Cross-site request forgery defence for every state-changing request: a
/// browser's POST must come from this site (Sec-Fetch-Site, or Origin where
/// the browser sends no fetch metadata). Session cookies are also
/// SameSite=Lax.
async fn same_origin_posts(req: Request, next: Next) -> Response {
    if req.method() != Method::GET && req.method() != Method::HEAD {
        let h = req.headers();
        let site = h.get("sec-fetch-site").and_then(|v| v.to_str().ok());
        let cross = match site {
            Some(s) => !matches!(s, "same-origin" | "none"),
            None => match (
                h.get(header::ORIGIN).and_then(|v| v.to_str().ok()),
                h.get(header::HOST).and_then(|v| v.to_str().ok()),
            ) {
                (Some(origin), Some(host)) => {
                    let o = origin.split("://").nth(1).unwrap_or("");
                    o != host
                }
                _ => false,
            },
        };
        if cross {
            return (StatusCode::FORBIDDEN, "cross-site request refused").into_response();
        }
    }
    next.run(req).await
}

/// A failure before a page could be rendered (the session store or the
/// database away, a form post's error) becomes Careway's friendly page in
/// the reader's language: "try again", never a stack trace or an empty
/// body. Rendered error pages are left as they are.
async fn friendly_errors(req: Request, next: Next) -> Response {
    // Kept for the rare failure only, and not read unless it happens:
    // cloning a header value shares its bytes rather than copying them.
    let cookies: Vec<HeaderValue> = req.headers().get_all(header::COOKIE).iter().cloned().collect();
    let accept = req.headers().get(header::ACCEPT_LANGUAGE).cloned();
    let res = next.run(req).await;
    let status = res.status();
    if status.is_server_error()
        && (res.headers().contains_key(app::error::PLAIN_ERROR_HEADER)
            || !res.headers().contains_key(header::CONTENT_TYPE))
    {
        let lang = app::ui::cookie_in(&cookies, app::ui::LANG_COOKIE);
        let accept = accept.as_ref().and_then(|v| v.to_str().ok());
        let locale = app::i18n::Locale::negotiate(lang, accept);
        return app::error::failure_page(locale, status);
    }
    res
}

/// Pages need no JavaScript, so they carry none. Leptos's server renderer
/// appends two small inline scripts after `</html>` (its hydration
/// bookkeeping, about 130 bytes); with no client-side Leptos they do
/// nothing, so they are cut, and every page is HTML and CSS only.
/// leptos_axum 0.8 offers no way not to emit them: every response is built
/// with `SsrSharedContext`, whose `pending_data` always yields them
/// (`leptos_integration_utils` 0.8.9, `build_response`). An async route's
/// page arrives whole in its first chunk, so this costs one copy of a
/// page of a few kilobytes.
async fn no_script(req: Request, next: Next) -> Response {
    let res = next.run(req).await;
    let html = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if !html {
        return res;
    }
    let (mut parts, body) = res.into_parts();
    // Pages are tens of kilobytes; this bound is only a backstop.
    let bytes = match axum::body::to_bytes(body, 8 * 1024 * 1024).await {
        Ok(b) => b,
        Err(e) => {
            tracing::error!(error = %e, "could not read a rendered page");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    const END: &[u8] = b"</html>";
    let cut = bytes
        .windows(END.len())
        .rposition(|w| w == END)
        .map(|i| i + END.len())
        .unwrap_or(bytes.len());
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, Body::from(bytes.slice(..cut)))
}

/// Security headers on every response. Rendered pages carry their own CSP
/// with the request's script nonce (set in `app::shell`); everything else
/// gets a CSP that allows no script at all.
async fn security_headers(hsts: bool, req: Request<Body>, next: Next) -> Response {
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    h.entry(header::CONTENT_SECURITY_POLICY).or_insert_with(|| {
        HeaderValue::from_str(&app::content_security_policy(None)).expect("ascii")
    });
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("same-origin"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        "permissions-policy",
        HeaderValue::from_static("camera=(self), microphone=(self), geolocation=()"),
    );
    if hsts {
        h.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        );
    }
    res
}
