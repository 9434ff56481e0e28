//! The one application state, provided to every route, loader and form
//! handler.

use crate::auth::{password::Passwords, throttle::Throttle};
use crate::{clock::Clock, config::Config, data::Db, mail::Mailer};
use std::sync::Arc;

#[derive(Clone, Debug)]
pub struct AppState {
    pub db: Db,
    pub config: Arc<Config>,
    pub clock: Clock,
    pub passwords: Passwords,
    pub throttle: Throttle,
    pub mailer: Mailer,
    /// Where uploads live (see `crate::storage`).
    pub storage: crate::storage::Storage,
    /// The inbox's reply figures, reused for a minute (bounded).
    pub kept_figures: Arc<crate::messages::figures::Kept>,
}

impl AppState {
    pub fn new(db: Db, config: Config) -> Result<AppState, String> {
        Ok(AppState {
            db,
            clock: Clock::default(),
            passwords: Passwords::new(config.hash_concurrency),
            throttle: Throttle::new(config.signin_account_burst, config.signin_ip_burst),
            mailer: Mailer::from_config(&config)?,
            storage: crate::storage::Storage::from_config(&config).map_err(|e| e.to_string())?,
            kept_figures: Arc::default(),
            config: Arc::new(config),
        })
    }

    /// The one authorisation decision (see [`crate::authz`]), on today's
    /// date by this state's clock. Page loaders and form handlers both
    /// come through here.
    pub async fn authorise(
        &self,
        viewer: &crate::auth::Viewer,
        person_id: i64,
        action: crate::authz::Action,
    ) -> Result<crate::authz::Access, crate::error::AppError> {
        crate::authz::authorise(&self.db, viewer, person_id, action, &self.clock.today()).await
    }

    /// The practice's reply figures over the last `days`, as the inbox
    /// shows them (see [`crate::messages::figures::Kept`]).
    pub async fn reply_figures(
        &self,
        practice_id: i64,
        days: i64,
    ) -> Result<crate::messages::figures::ReplyFigures, sqlx::Error> {
        self.kept_figures
            .get(&self.db, practice_id, days, self.clock.now())
            .await
    }

    /// Appends one audit event about the person's record, now (see
    /// [`crate::audit`]). Form handlers call this; page loaders use
    /// `PageCtx::audit`, which comes here too.
    #[allow(clippy::too_many_arguments)]
    pub async fn audit(
        &self,
        viewer: &crate::auth::Viewer,
        access: &crate::authz::Access,
        action: &str,
        kind: &str,
        id: Option<String>,
        meta: &crate::auth::ClientMeta,
    ) -> Result<(), crate::error::AppError> {
        crate::audit::record(
            &self.db,
            self.clock.now(),
            viewer,
            access,
            action,
            kind,
            id,
            meta,
        )
        .await?;
        Ok(())
    }

    /// The state for the current render, from the reactive context.
    pub fn current() -> AppState {
        leptos::prelude::expect_context::<AppState>()
    }
}

impl axum::extract::FromRef<AppState> for leptos::config::LeptosOptions {
    fn from_ref(_: &AppState) -> Self {
        crate::leptos_options()
    }
}
