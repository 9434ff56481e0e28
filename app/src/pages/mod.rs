//! Pages, one folder per area. Each page is a loader (authorise, audit,
//! read: an async function of [`PageCtx`]) and a pure view component that
//! takes the loaded data as props, so tests render views with fixture data.

pub mod errors;
pub mod home;
pub mod info;
pub mod settings;

use crate::error::AppError;
use crate::state::AppState;
use crate::ui::Ui;
use leptos::prelude::*;
use std::future::Future;
use tower_sessions::Session;

/// What a loader may use: the app state, the session and the request's UI
/// facts. Taken from the reactive context before any `.await`.
#[derive(Clone)]
pub struct PageCtx {
    pub state: AppState,
    pub session: Option<Session>,
    pub ui: Ui,
}

impl PageCtx {
    pub fn current() -> PageCtx {
        let parts = use_context::<axum::http::request::Parts>();
        let session = parts.as_ref().and_then(|p| p.extensions.get::<Session>().cloned());
        PageCtx { state: AppState::current(), session, ui: use_context::<Ui>().unwrap_or_default() }
    }

    /// The session, which the session layer always provides on page routes.
    pub fn session(&self) -> Result<&Session, AppError> {
        self.session.as_ref().ok_or_else(|| AppError::internal("no session layer on this route"))
    }
}

/// Awaits a loader and renders its data with `view`, or the error page.
/// Routes are `SsrMode::Async`, so the whole page, data included, is in the
/// HTML the server sends: nothing waits for JavaScript.
pub fn loaded<T, V>(
    fut: impl Future<Output = Result<T, AppError>> + Send + 'static,
    view: impl FnOnce(T) -> V + Send + 'static,
) -> impl IntoView
where
    T: Send + 'static,
    V: IntoView + 'static,
{
    view! {
        <Suspense>
            {Suspend::new(async move {
                match fut.await {
                    Ok(data) => view(data).into_any(),
                    Err(e) => errors::error_view(e).into_any(),
                }
            })}
        </Suspense>
    }
}
