//! Where each role starts: the carer's "acting for" choice, the social
//! worker's caseload, and the practice manager's staff and audit pages.

pub mod acting_for;
pub mod caseload;
pub mod practice_audit;
pub mod practice_settings;
pub mod staff;

use crate::state::AppState;
use axum::routing::post;

pub fn routes() -> axum::Router<AppState> {
    axum::Router::new()
        .route("/acting-for", post(acting_for::submit))
        .route("/practice/staff", post(staff::submit))
        .route("/practice/settings", post(practice_settings::submit))
}
