//! Pages, one folder per area. Each page is a loader (authorise, audit,
//! read: an async function of [`PageCtx`]) and a pure view component that
//! takes the loaded data as props, so tests render views with fixture data.

pub mod account;
pub mod auth;
pub mod bsl;
pub mod complaints;
pub mod errors;
pub mod home;
pub mod info;
pub mod messages;
pub mod people;
pub mod practices;
pub mod settings;
pub mod work;

use crate::auth::{ClientMeta, Viewer};
use crate::authz::{Access, Action};
use crate::error::AppError;
use crate::forms::{self, FormState};
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
    pub viewer: Option<Viewer>,
    pub meta: ClientMeta,
}

impl PageCtx {
    pub fn current() -> PageCtx {
        let parts = use_context::<axum::http::request::Parts>();
        let session = parts
            .as_ref()
            .and_then(|p| p.extensions.get::<Session>().cloned());
        let viewer = parts
            .as_ref()
            .and_then(|p| p.extensions.get::<Option<Viewer>>().cloned())
            .flatten();
        let meta = parts
            .as_ref()
            .and_then(|p| p.extensions.get::<ClientMeta>().cloned())
            .unwrap_or_default();
        PageCtx {
            state: AppState::current(),
            session,
            ui: use_context::<Ui>().unwrap_or_default(),
            viewer,
            meta,
        }
    }

    /// The signed-in viewer, or `Unauthorised`.
    pub fn viewer(&self) -> Result<&Viewer, AppError> {
        self.viewer.as_ref().ok_or(AppError::Unauthorised)
    }

    /// Authorises `action` on the person's record for the signed-in viewer
    /// (see [`crate::authz`]).
    pub async fn authorise(
        &self,
        person_id: i64,
        action: Action,
    ) -> Result<(Viewer, Access), AppError> {
        let viewer = self.viewer()?.clone();
        let access = self.state.authorise(&viewer, person_id, action).await?;
        Ok((viewer, access))
    }

    /// Appends one audit event for this request.
    pub async fn audit(
        &self,
        viewer: &Viewer,
        access: &Access,
        action: &str,
        kind: &str,
        id: Option<String>,
    ) -> Result<(), AppError> {
        self.state.audit(viewer, access, action, kind, id, &self.meta).await
    }

    /// The form state to show: the flash from a failed POST, or what was
    /// kept when the session ended mid-form (then the person signed in
    /// again and came back here).
    pub async fn take_form(&self, form: &str) -> Result<Option<FormState>, AppError> {
        let session = self.session()?;
        if let Some(f) = forms::take_form(session, form).await? {
            return Ok(Some(f));
        }
        Ok(crate::auth::take_kept(
            session,
            &self.ui.path,
            self.viewer.as_ref().map(|v| v.account_id),
        )
        .await
        .map(|k| FormState {
            form: form.to_string(),
            values: k.values,
            errors: vec![],
        }))
    }

    pub async fn take_notice(&self) -> Result<Option<String>, AppError> {
        Ok(forms::take_notice(self.session()?)
            .await?
            .map(|n| n.message_id))
    }

    /// The other versions of a key page: whether it has a BSL version, and
    /// whether the reader prefers BSL (then it comes first).
    pub async fn versions(&self, key: &'static str) -> Result<crate::components::Versions, AppError> {
        Ok(crate::components::Versions {
            key,
            bsl: crate::bsl::exists(&self.state.db, key).await?,
            bsl_first: crate::needs::viewer_prefers_bsl(self.viewer.as_ref()),
        })
    }

    /// The session, which the session layer always provides on page routes.
    pub fn session(&self) -> Result<&Session, AppError> {
        self.session
            .as_ref()
            .ok_or_else(|| AppError::internal("no session layer on this route"))
    }
}

/// Runs a form handler's body, turning an error into its response (a
/// status with a short translated explanation; see `AppError`).
pub async fn run(
    f: impl Future<Output = Result<axum::response::Response, AppError>>,
) -> axum::response::Response {
    use axum::response::IntoResponse;
    f.await.unwrap_or_else(|e| e.into_response())
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
