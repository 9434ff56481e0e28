//! The one application state, provided to every route, loader and form
//! handler.

use crate::{config::Config, data::Db};
use std::sync::Arc;

#[derive(Clone, Debug)]
pub struct AppState {
    pub db: Db,
    pub config: Arc<Config>,
}

impl AppState {
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
